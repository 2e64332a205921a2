namespace Responsibility.Api.Oversight;

using Responsibility.Api.Common;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Oversight;
using Responsibility.Grains.Abstractions.Supervision;

/// <summary>
/// Finds an inspection or a 整改 item for a caller: from the caller's brigade's 督责台账, so probing ids activates nothing
/// and another brigade's is missing; the system admin, who has no brigade, asks the grains themselves.
/// </summary>
public static class InspectionLookup
{
    public static async Task<Inspection?> Find(IGrainFactory grains, Caller caller, string inspectionId)
    {
        if (!RecordIds.IsWellFormed(inspectionId))
        {
            return null;
        }

        return caller.BrigadeId is { } brigadeId
            ? await grains.GetGrain<IOversightGrain>(brigadeId).FindInspection(inspectionId)
            : await grains.GetGrain<IInspectionGrain>(inspectionId).Get();
    }

    public static async Task<(Rectification Item, Inspection Inspection)?> FindItem(IGrainFactory grains, Caller caller, string rectificationId)
    {
        if (RectificationIds.Parse(rectificationId) is not { } parsed || await Find(grains, caller, parsed.InspectionId) is not { } inspection)
        {
            return null;
        }

        var item = caller.BrigadeId is { } brigadeId
            ? await grains.GetGrain<IOversightGrain>(brigadeId).FindRectification(rectificationId)
            : Array.Find(inspection.Findings, f => f.RectificationId == rectificationId) is { } found
                ? await grains.GetGrain<IUnitGrain>(GrainKeys.Unit(inspection.BrigadeId, found.UnitId)).GetRectification(rectificationId)
                : null;
        return item is null ? null : (item, inspection);
    }
}
