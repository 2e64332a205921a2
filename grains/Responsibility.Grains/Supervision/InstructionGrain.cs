namespace Responsibility.Grains.Supervision;

using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Providers;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Attachments;
using Responsibility.Grains.Abstractions.Supervision;
using Responsibility.Grains.Attachments;
using Responsibility.Grains.Domain.Inbox;
using Responsibility.Grains.Domain.Supervision;
using Responsibility.Grains.Journal;
using Responsibility.Storage.Events;

/// <summary>
/// An instruction is its event stream. After each step the brigade's 督办台账 hears of it before the caller is answered,
/// so every list and inbox read afterwards shows it.
/// </summary>
[LogConsistencyProvider(ProviderName = LogProviders.Events)]
public sealed class InstructionGrain(IEventStore events, [FromKeyedServices(DomainClock.Key)] TimeProvider time)
    : LoggedGrain<InstructionState, InstructionEvent>(events, InstructionEvent.Codec), IInstructionGrain
{
    private InstructionRecord Current =>
        State.Record() ?? throw DomainException.NotFound($"批示 {this.GetPrimaryKeyString()} 不存在。");

    protected override string Stream => InstructionEvent.Stream(this.GetPrimaryKeyString());

    public async Task<InstructionRecord> Issue(InstructionDraft draft, string actor)
    {
        var brigade = GrainFactory.GetGrain<IBrigadeGrain>(draft.BrigadeId);
        var info = await brigade.GetInfo();
        var task = draft.TaskId is null ? null
            : (await brigade.GetDefinitions([draft.TaskId])).FirstOrDefault()
              ?? throw DomainException.Invalid("taskId", $"任务 {draft.TaskId} 不存在。");
        var today = BrigadeClock.Today(time, info.Settings.TimeZone);
        var definition = InstructionRules.Define(this.GetPrimaryKeyString(), draft, info, task, actor, today);
        if (State.Definition is { } issued)
        {
            return issued == definition ? Current : throw DomainException.Conflict("该批示已存在。");
        }

        await Raise(new InstructionIssued(definition) { Actor = actor, At = time.GetUtcNow() });
        return await Notify();
    }

    public async Task<InstructionRecord> Answer(string text, string[] attachmentIds, string actor)
    {
        var record = Current;
        InstructionRules.CheckAnswer(record);
        // The answer's part is the number its event will have in the stream; a file is listed by one answer only.
        var files = await AttachmentClaims.Claim(
            GrainFactory, attachmentIds,
            new AttachmentOwner(AttachmentOwnerKind.Instruction, record.Definition.Id, (record.Version + 1).ToString(CultureInfo.InvariantCulture)),
            record.Definition.BrigadeId, actor, record.Steps.SelectMany(s => s.Attachments ?? []).Select(f => f.Id));
        await Raise(new InstructionAnswered(text, files ?? []) { Actor = actor, At = time.GetUtcNow() });
        return await Notify();
    }

    public async Task<InstructionRecord> Close(string actor)
    {
        InstructionRules.CheckClose(Current);
        await Raise(new InstructionClosed { Actor = actor, At = time.GetUtcNow() });
        return await Notify();
    }

    public async Task<InstructionRecord> Reopen(string reason, string actor)
    {
        InstructionRules.CheckReopen(Current);
        await Raise(new InstructionReopened(reason) { Actor = actor, At = time.GetUtcNow() });
        return await Notify();
    }

    public async Task<InstructionRecord> Escalate(string actor)
    {
        var record = Current;
        var settings = await GrainFactory.GetGrain<IBrigadeGrain>(record.Definition.BrigadeId).GetSettings();
        if (!InstructionRules.EscalationDue(record, BrigadeClock.Today(time, settings.TimeZone), ReportingPeriods.GraceDays(settings)))
        {
            return record;
        }

        await Raise(new InstructionEscalated(record.Definition.LeaderId) { Actor = actor, At = time.GetUtcNow() });
        return await Notify();
    }

    public Task<InstructionRecord?> Get() => Task.FromResult(State.Record());

    protected override string ScopeOf(InstructionState state) => state.Definition!.BrigadeId;

    private async Task<InstructionRecord> Notify()
    {
        var record = Current;
        await GrainFactory.GetGrain<ISupervisionGrain>(record.Definition.BrigadeId).OnInstructionChanged(record);
        return record;
    }

    public async Task<InstructionRecord> MoveDue(string extensionId, DateOnly due, string actor)
    {
        var record = Current;
        if (Array.Exists(record.Steps, s => s.ExtensionId == extensionId))
        {
            return record;
        }

        var current = record.Due() ?? throw DomainException.Invalid("due", "该批示未设办理时限。");
        if (due <= current)
        {
            throw DomainException.Invalid("due", $"延期后的时限须晚于当前时限 {current:yyyy-MM-dd}。");
        }

        await Raise(new InstructionDueMoved(extensionId, due) { Actor = actor, At = time.GetUtcNow() });
        return await Notify();
    }
}
