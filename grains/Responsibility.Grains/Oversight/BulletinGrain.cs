namespace Responsibility.Grains.Oversight;

using Microsoft.Extensions.DependencyInjection;
using Orleans.Providers;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Oversight;
using Responsibility.Grains.Domain;
using Responsibility.Grains.Domain.Oversight;
using Responsibility.Grains.Journal;
using Responsibility.Storage.Events;

/// <summary>
/// A 通报 is its event stream. Issuing takes the number first (<see cref="IDocumentNumberGrain"/>, which gives the same
/// document the same number again) and then records it: a crash between the two leaves a number the retry takes again,
/// never a gap. After each change the brigade's 督责台账 hears of it before the caller is answered.
/// </summary>
[LogConsistencyProvider(ProviderName = LogProviders.Events)]
public sealed class BulletinGrain(IEventStore events, [FromKeyedServices(DomainClock.Key)] TimeProvider time)
    : LoggedGrain<BulletinState, BulletinEvent>(events, BulletinEvent.Codec), IBulletinGrain
{
    /// <summary>The numbering series of 通报 within a brigade's year.</summary>
    public const string Series = "bulletin";

    private string Id => this.GetPrimaryKeyString();

    private Bulletin Current => State.Current ?? throw DomainException.NotFound($"通报 {Id} 不存在。");

    protected override string Stream => BulletinEvent.Stream(Id);

    public async Task<Bulletin> Draft(Bulletin draft, string actor)
    {
        if (State.Current is not null)
        {
            throw DomainException.Conflict("该通报已起草。");
        }

        var now = time.GetUtcNow();
        var kept = draft with
        {
            Id = Id, DraftedBy = actor, DraftedAt = now, Number = null, IssuedOn = null, IssuedBy = null, IssuedAt = null, Version = 1,
        };
        await Raise(new BulletinDrafted(kept) { Actor = actor, At = now });
        return await Notify();
    }

    public async Task<Bulletin> DraftFromData(BulletinRequest request, string actor)
    {
        if (State.Current is not null)
        {
            throw DomainException.Conflict("该通报已起草。");
        }

        if (request.DetachmentId is { } detachmentId)
        {
            return await DraftForDetachment(detachmentId, request, actor);
        }

        var info = await GrainFactory.GetGrain<IBrigadeGrain>(request.BrigadeId).GetInfo();
        var today = BrigadeClock.Today(time, info.Settings.TimeZone);
        var oversight = GrainFactory.GetGrain<IOversightGrain>(request.BrigadeId);
        BulletinText text;
        if (request.Kind == BulletinKind.Situation)
        {
            // From the brigade's index: an id of nothing, or of another brigade's inspection, activates no inspection.
            var inspection = request.InspectionId is { } inspectionId
                ? Array.Find(await oversight.ListInspections(null), i => i.Id == inspectionId)
                : null;
            if (inspection is null)
            {
                throw DomainException.Invalid("inspectionId", "情况通报须选择本大队的一次检查。");
            }

            var findings = await oversight.ListRectifications(new RectificationFilter(InspectionId: inspection.Id));
            text = BulletinDrafts.Situation(inspection, findings, info);
        }
        else
        {
            if (request.InspectionId is not null)
            {
                throw DomainException.Invalid("inspectionId", "表扬和批评通报不关联检查。");
            }

            var tasks = JudgedTask.JudgeAll(
                await GrainFactory.GetGrain<IBrigadeGrain>(request.BrigadeId).GetSnapshots(today.Year), today.Year, today, info.Settings.Thresholds);
            var facts = new BulletinFacts(
                info, today, BrigadeClock.Zone(info.Settings.TimeZone), BulletinDrafts.JudgedPeriod(info.Settings, today), tasks,
                await oversight.ListRectifications(new RectificationFilter()));
            text = request.Kind == BulletinKind.Commendation ? BulletinDrafts.Commendation(facts) : BulletinDrafts.Criticism(facts);
        }

        var title = string.IsNullOrWhiteSpace(request.Title) ? text.Title : request.Title.Trim();
        return await Draft(
            new Bulletin(Id, request.BrigadeId, today.Year, request.Kind, title, text.Body, request.InspectionId, text.UnitIds, actor, default, null, null, null, null, 0),
            actor);
    }

    public async Task<Bulletin> Edit(string title, string body, string actor)
    {
        var bulletin = Current;
        if (bulletin.IsIssued)
        {
            throw DomainException.Conflict($"通报{bulletin.NumberText}已印发，不能修改；如需更正，请另发通报。");
        }

        if (bulletin.Title == title && bulletin.Body == body)
        {
            return bulletin;
        }

        await Raise(new BulletinEdited(title, body) { Actor = actor, At = time.GetUtcNow() });
        return await Notify();
    }

    public async Task<Bulletin> Issue(string actor)
    {
        var bulletin = Current;
        if (bulletin.IsIssued)
        {
            return bulletin;
        }

        var zone = bulletin.DetachmentId is { } detachmentId
            ? (await GrainFactory.GetGrain<IDetachmentGrain>(detachmentId).GetInfo()).Settings.TimeZone
            : (await GrainFactory.GetGrain<IBrigadeGrain>(bulletin.BrigadeId).GetSettings()).TimeZone;
        var today = BrigadeClock.Today(time, zone);
        // The issuer's own series: a detachment's 通报 are numbered apart from every brigade's.
        var number = await GrainFactory.GetGrain<IDocumentNumberGrain>(GrainKeys.DocumentNumbers(bulletin.IssuerId, Series, today.Year))
            .Take(Id, actor);
        await Raise(new BulletinIssued(today.Year, number, today, bulletin.Title) { Actor = actor, At = time.GetUtcNow() });
        return await Notify();
    }

    public Task<Bulletin?> Get() => Task.FromResult(State.Current);

    /// <summary>A brigade's 通报 in the brigade's scope; a detachment's in the detachment's, where its list is replayed from.</summary>
    protected override string ScopeOf(BulletinState state) =>
        state.Current!.DetachmentId is { } detachmentId ? Detachments.DetachmentEvent.Stream(detachmentId) : state.Current.BrigadeId;

    private async Task<Bulletin> Notify()
    {
        var bulletin = Current;
        if (bulletin.DetachmentId is { } detachmentId)
        {
            await GrainFactory.GetGrain<IDetachmentGrain>(detachmentId).OnBulletinChanged(bulletin);
        }
        else
        {
            await GrainFactory.GetGrain<IOversightGrain>(bulletin.BrigadeId).OnBulletinChanged(bulletin);
        }

        return bulletin;
    }

    /// <summary>A 支队通报 written from its brigades' figures and its 督办 (never an inspection: those are the brigades').</summary>
    private async Task<Bulletin> DraftForDetachment(string detachmentId, BulletinRequest request, string actor)
    {
        if (request.InspectionId is not null)
        {
            throw DomainException.Invalid("inspectionId", "支队通报不关联大队的检查。");
        }

        var detachment = GrainFactory.GetGrain<IDetachmentGrain>(detachmentId);
        var info = await detachment.GetInfo();
        var today = BrigadeClock.Today(time, info.Settings.TimeZone);
        var dashboard = await detachment.GetDashboard(today.Year, today);
        var text = DetachmentBulletinDrafts.Draft(
            request.Kind, new DetachmentBulletinFacts(info, today, dashboard.Brigades, await detachment.ListInstructions()));
        var title = string.IsNullOrWhiteSpace(request.Title) ? text.Title : request.Title.Trim();
        return await Draft(
            new Bulletin(
                Id, Bulletin.NoBrigade, today.Year, request.Kind, title, text.Body, null, [], actor, default, null, null, null, null, 0,
                detachmentId, text.UnitIds),
            actor);
    }
}
