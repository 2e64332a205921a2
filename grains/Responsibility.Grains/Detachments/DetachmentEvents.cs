namespace Responsibility.Grains.Detachments;

using Responsibility.Grains.Abstractions.Detachments;
using Responsibility.Grains.Journal;

/// <summary>What happens to a 支队 at its level: configured, brigades attached (later: templates, 督办, 通报, reports).</summary>
[GenerateSerializer]
public abstract record DetachmentEvent : JournalEvent
{
    public static readonly EventCodec<DetachmentEvent> Codec = new(new Dictionary<string, Type>
    {
        ["DetachmentConfigured"] = typeof(DetachmentConfigured),
        ["DetachmentBrigadeAttached"] = typeof(DetachmentBrigadeAttached),
        ["DetachmentReportGenerated"] = typeof(DetachmentReportGenerated),
    });

    public static string Stream(string detachmentId) => "detachment/" + detachmentId;
}

[GenerateSerializer, Alias("Responsibility.DetachmentConfigured")]
public sealed record DetachmentConfigured(DetachmentSettings? Before, DetachmentSettings After) : DetachmentEvent;

/// <summary>A brigade (its name as it stood) joined; it keeps its own data, only figures flow up.</summary>
[GenerateSerializer, Alias("Responsibility.DetachmentBrigadeAttached")]
public sealed record DetachmentBrigadeAttached(string BrigadeId, string Name, DateOnly On) : DetachmentEvent;

/// <summary>
/// A version of the month's 月度调度通报 was stored (<see cref="Abstractions.IDetachmentReportVersionGrain"/>) with the
/// month's number in the detachment's series; the list of reports is this event's projection.
/// </summary>
[GenerateSerializer, Alias("Responsibility.DetachmentReportGenerated")]
public sealed record DetachmentReportGenerated(int Year, int Month, int Version, int Number) : DetachmentEvent;
