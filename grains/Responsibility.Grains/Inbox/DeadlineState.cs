namespace Responsibility.Grains.Inbox;

using Responsibility.Grains.Journal;

/// <summary>Which units were urged in which cycle: each is urged once per cycle.</summary>
[GenerateSerializer]
public sealed class DeadlineState : IEventState<DeadlineEvent>
{
    /// <summary>"{period}/{unitId}" of every urge made.</summary>
    [Id(0)]
    public HashSet<string> Urged { get; set; } = [];

    public static string Key(string period, string unitId) => $"{period}/{unitId}";

    public void Apply(DeadlineEvent e)
    {
        switch (e)
        {
            case ReportingUrged urged:
                Urged.Add(Key(urged.Period, urged.UnitId));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(e), e.GetType().Name, "unknown deadline event");
        }
    }
}
