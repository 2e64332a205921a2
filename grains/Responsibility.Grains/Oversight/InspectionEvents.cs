namespace Responsibility.Grains.Oversight;

using Responsibility.Grains.Abstractions.Oversight;
using Responsibility.Grains.Journal;

/// <summary>Everything that happens to an inspection (检查): recorded once, then its findings one by one.</summary>
[GenerateSerializer]
public abstract record InspectionEvent : JournalEvent
{
    public static readonly EventCodec<InspectionEvent> Codec = new(new Dictionary<string, Type>
    {
        ["InspectionRecorded"] = typeof(InspectionRecorded),
        ["FindingAdded"] = typeof(FindingAdded),
    });

    public static string Stream(string inspectionId) => "inspection/" + inspectionId;
}

[GenerateSerializer, Alias("Responsibility.InspectionRecorded")]
public sealed record InspectionRecorded(InspectionDraft Draft) : InspectionEvent;

/// <summary>
/// A finding and the 整改 item it becomes in its unit's grain (<see cref="Rectification.Id"/>: the inspection's next
/// number); kept here first, so a crash before the unit holds it is mended when the inspection wakes.
/// </summary>
[GenerateSerializer, Alias("Responsibility.FindingAdded")]
public sealed record FindingAdded(Rectification Item) : InspectionEvent;
