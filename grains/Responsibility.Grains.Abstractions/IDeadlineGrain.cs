namespace Responsibility.Grains.Abstractions;

using Responsibility.Grains.Abstractions.Inbox;

/// <summary>
/// What must happen when a brigade's deadlines pass, driven by a durable reminder: once a cycle's grace period is over,
/// each unit still not reported is urged (催报, an event in the log naming its supervising leader); an instruction
/// overdue beyond the grace period is handed to its supervising leader (逾期督办). Keyed by the brigade id.
/// </summary>
public interface IDeadlineGrain : IGrainWithStringKey
{
    /// <summary>Makes sure the reminder is registered. One-way: the brigade calls it while it may be busy itself.</summary>
    [Orleans.Concurrency.OneWay]
    Task Start();

    /// <summary>Does whatever the clock says is due and not yet done, and answers what it did now.</summary>
    Task<DeadlineActions> Tick();
}
