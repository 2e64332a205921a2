namespace Responsibility.Grains.Inbox;

using Responsibility.Grains.Journal;

/// <summary>What a brigade's deadlines did, in its stream <c>deadline/{brigade}</c>.</summary>
[GenerateSerializer]
public abstract record DeadlineEvent : JournalEvent
{
    public static readonly EventCodec<DeadlineEvent> Codec = new(new Dictionary<string, Type>
    {
        ["ReportingUrged"] = typeof(ReportingUrged),
    });

    public static string Stream(string brigadeId) => "deadline/" + brigadeId;
}

/// <summary>
/// 催报: the grace period of cycle <see cref="Period"/> is over and the unit has not reported these tasks; its supervising
/// leader <see cref="LeaderId"/> now sees it in the inbox.
/// </summary>
[GenerateSerializer, Alias("Responsibility.ReportingUrged")]
public sealed record ReportingUrged(string UnitId, string Period, string[] TaskIds, string? LeaderId) : DeadlineEvent;
