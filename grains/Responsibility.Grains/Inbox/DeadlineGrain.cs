namespace Responsibility.Grains.Inbox;

using Microsoft.Extensions.DependencyInjection;
using Orleans.Providers;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Inbox;
using Responsibility.Grains.Abstractions.Reports;
using Responsibility.Grains.Abstractions.Supervision;
using Responsibility.Grains.Domain.Inbox;
using Responsibility.Grains.Domain.Supervision;
using Responsibility.Grains.Journal;
using Responsibility.Storage.Events;

/// <summary>
/// A brigade's deadlines, checked hourly by a durable reminder (registered when the brigade wakes): what is due is
/// read from the clock and the brigade's state each time, and what was done is in the log, so a missed hour is made up
/// by the next and nothing is done twice.
/// </summary>
[LogConsistencyProvider(ProviderName = LogProviders.Events)]
public sealed class DeadlineGrain(IEventStore events, [FromKeyedServices(DomainClock.Key)] TimeProvider time)
    : LoggedGrain<DeadlineState, DeadlineEvent>(events, DeadlineEvent.Codec), IDeadlineGrain, IRemindable
{
    public const string ReminderName = "deadlines";

    private static readonly TimeSpan Period = TimeSpan.FromHours(1);

    protected override string Stream => DeadlineEvent.Stream(this.GetPrimaryKeyString());

    public Task Start() => this.RegisterOrUpdateReminder(ReminderName, TimeSpan.FromMinutes(1), Period);

    public Task ReceiveReminder(string reminderName, TickStatus status) => Tick();

    public async Task<DeadlineActions> Tick()
    {
        var brigadeId = this.GetPrimaryKeyString();
        var facts = await InboxGrain.Facts(GrainFactory, brigadeId, time, unitId: null);
        var urges = Urges(facts).ToArray();
        if (urges.Length > 0)
        {
            await Raise([.. urges]);
        }

        var escalated = new List<string>();
        foreach (var view in facts.Instructions.Where(v => InstructionRules.EscalationDue(v.Record, facts.Today, ReportingPeriods.GraceDays(facts.Brigade.Settings))))
        {
            var record = await GrainFactory.GetGrain<IInstructionGrain>(view.Record.Definition.Id).Escalate(ReportActors.Schedule);
            if (record.IsEscalated())
            {
                escalated.Add(record.Definition.Id);
            }
        }

        return new DeadlineActions([.. urges.Select(u => u.UnitId)], [.. escalated]);
    }

    protected override string ScopeOf(DeadlineState state) => this.GetPrimaryKeyString();

    private IEnumerable<ReportingUrged> Urges(InboxFacts facts)
    {
        if (!Reporting.GraceOver(facts.Period, facts.Today))
        {
            yield break;
        }

        var now = time.GetUtcNow();
        var units = facts.Brigade.Units.Where(u => !State.Urged.Contains(DeadlineState.Key(facts.Period.Key, u.Id)));
        foreach (var (unit, missing) in Reporting.ByUnit(units, facts.Tasks, facts.Period, facts.Today))
        {
            var leader = Array.Find(facts.Brigade.Leaders, l => l.UnitIds.Contains(unit.Id))?.Id;
            yield return new ReportingUrged(unit.Id, facts.Period.Key, [.. missing.Select(t => t.Definition.Id)], leader)
            {
                Actor = ReportActors.Schedule, At = now,
            };
        }
    }
}
