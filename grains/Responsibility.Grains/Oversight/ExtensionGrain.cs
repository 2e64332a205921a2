namespace Responsibility.Grains.Oversight;

using Microsoft.Extensions.DependencyInjection;
using Orleans.Providers;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Attachments;
using Responsibility.Grains.Abstractions.Oversight;
using Responsibility.Grains.Attachments;
using Responsibility.Grains.Domain.Oversight;
using Responsibility.Grains.Journal;
using Responsibility.Storage.Events;

/// <summary>
/// A 延期申请 is its event stream. A grant is recorded first and then moves the target, whose grain does it once per
/// extension: a crash between is healed when this grain wakes. The 督责台账 hears of every change before the caller is
/// answered.
/// </summary>
[LogConsistencyProvider(ProviderName = LogProviders.Events)]
public sealed class ExtensionGrain(IEventStore events, [FromKeyedServices(DomainClock.Key)] TimeProvider time)
    : LoggedGrain<ExtensionLogState, ExtensionEvent>(events, ExtensionEvent.Codec), IExtensionGrain
{
    private string Id => this.GetPrimaryKeyString();

    private ExtensionRequest Current => State.Request ?? throw DomainException.NotFound($"延期申请 {Id} 不存在。");

    protected override string Stream => ExtensionEvent.Stream(Id);

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await base.OnActivateAsync(cancellationToken);
        if (State.Request is { Decision: { Granted: true, GrantedDue: { } due } decision } granted)
        {
            try
            {
                await ExtensionTargets.Move(GrainFactory, granted, due, decision.By);
            }
            catch (DomainException)
            {
                // The target has gone past this date since (a plan edit) or is gone: nothing is left to heal.
            }
        }
    }

    public async Task<ExtensionRequest> Request(ExtensionDraft draft, bool setByLeader, string actor)
    {
        if (State.Request is { } filed)
        {
            return filed.Requester == actor && filed.Target == draft.Target && filed.ProposedDue == draft.ProposedDue
                ? filed : throw DomainException.Conflict("该延期申请已存在。");
        }

        var brigade = await GrainFactory.GetGrain<IBrigadeGrain>(draft.BrigadeId).GetInfo();
        var today = BrigadeClock.Today(time, brigade.Settings.TimeZone);
        var target = await ExtensionTargets.Read(GrainFactory, brigade, draft.Target, today);
        ExtensionRules.Check(draft, target.Deadline, setByLeader, today);
        var pending = (await Oversight(draft.BrigadeId).ListExtensions())
            .FirstOrDefault(e => e.Target == draft.Target && e.State == ExtensionState.Pending);
        if (pending is not null)
        {
            throw DomainException.Conflict("该事项已有待审批的延期申请，请等待审批结果。", "target");
        }

        var files = await AttachmentClaims.Claim(
            GrainFactory, draft.AttachmentIds, new AttachmentOwner(AttachmentOwnerKind.Extension, Id, null), draft.BrigadeId, actor, []);
        var ordinal = target.Deadline.ExtensionCount + 1;
        var now = time.GetUtcNow();
        var request = new ExtensionRequest(
            Id, draft.BrigadeId, draft.Target, target.Title, target.UnitId, actor, now, target.Deadline, draft.ProposedDue,
            draft.Reason.Trim(), string.IsNullOrWhiteSpace(draft.Progress) ? null : draft.Progress.Trim(), files ?? [], ordinal,
            ExtensionRules.Approver(ordinal, target.Deadline.Due, draft.ProposedDue, target.LeaderId), setByLeader, null, 0);
        if (!setByLeader)
        {
            await Raise(new ExtensionRequested(request) { Actor = actor, At = now });
            return await Notify();
        }

        // A leader setting a date past the old one decides it as it is made: requested and granted in one append.
        await Raise(new ExtensionRequested(request) { Actor = actor, At = now }, new ExtensionGranted(draft.ProposedDue, null) { Actor = actor, At = now });
        return await Apply(actor);
    }

    public async Task<ExtensionRequest> Grant(DateOnly grantedDue, string? note, string actor)
    {
        var request = Decidable(actor);
        ExtensionRules.Bounded("note", note, ExtensionRules.MaxNote);
        var settings = await GrainFactory.GetGrain<IBrigadeGrain>(request.BrigadeId).GetSettings();
        ExtensionRules.CheckDue("grantedDue", grantedDue, request.Deadline, BrigadeClock.Today(time, settings.TimeZone));
        await Raise(new ExtensionGranted(grantedDue, string.IsNullOrWhiteSpace(note) ? null : note.Trim()) { Actor = actor, At = time.GetUtcNow() });
        return await Apply(actor);
    }

    public async Task<ExtensionRequest> Refuse(string reason, string actor)
    {
        Decidable(actor);
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw DomainException.Invalid("reason", "请填写不予延期的理由。");
        }

        ExtensionRules.Bounded("reason", reason, ExtensionRules.MaxReason);
        await Raise(new ExtensionRefused(reason.Trim()) { Actor = actor, At = time.GetUtcNow() });
        return await Notify();
    }

    public Task<ExtensionRequest?> Get() => Task.FromResult(State.Request);

    protected override string ScopeOf(ExtensionLogState state) => state.Request!.BrigadeId;

    /// <summary>One decision, never by the requester.</summary>
    private ExtensionRequest Decidable(string actor)
    {
        var request = Current;
        if (request.Decision is not null)
        {
            throw DomainException.Conflict(request.State == ExtensionState.Granted ? "该延期申请已批准。" : "该延期申请已不予批准。");
        }

        return request.Requester == actor ? throw new DomainException(ErrorKind.Forbidden, "不能审批本人提出的延期申请。") : request;
    }

    private async Task<ExtensionRequest> Apply(string actor)
    {
        var request = Current;
        await ExtensionTargets.Move(GrainFactory, request, request.Decision!.GrantedDue!.Value, actor);
        return await Notify();
    }

    private async Task<ExtensionRequest> Notify()
    {
        var request = Current;
        await Oversight(request.BrigadeId).OnExtensionChanged(request);
        return request;
    }

    private IOversightGrain Oversight(string brigadeId) => GrainFactory.GetGrain<IOversightGrain>(brigadeId);
}
