namespace Responsibility.Grains.Abstractions;

using Responsibility.Grains.Abstractions.Oversight;

/// <summary>
/// One inspection (检查) and its findings, keyed by the server-generated id (<see cref="Supervision.RecordIds"/>). Each finding
/// becomes a 整改 item held by its unit's grain (<see cref="IUnitGrain.OpenRectification"/>), numbered within the inspection
/// (<see cref="RectificationIds"/>). Who may record is the caller's to check (SPEC §3).
/// </summary>
public interface IInspectionGrain : IGrainWithStringKey
{
    /// <summary>
    /// Records the inspection once; the same draft again answers the same inspection. Inspectors must be leaders and units
    /// units of the brigade, the date not after today (<see cref="ErrorKind.Invalid"/> naming the field).
    /// </summary>
    Task<Inspection> Record(InspectionDraft draft, string actor);

    /// <summary>
    /// Adds a finding and opens its 整改 item in the unit's grain. The unit must be one the inspection checked, the leader a
    /// leader of the brigade, the due date after the inspection (<see cref="ErrorKind.Invalid"/> naming the field).
    /// </summary>
    Task<Rectification> AddFinding(FindingDraft draft, string actor);

    /// <summary>The inspection; null when none was recorded under this id.</summary>
    Task<Inspection?> Get();
}
