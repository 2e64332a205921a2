namespace Responsibility.Grains.Duties;

using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Attachments;
using Responsibility.Grains.Abstractions.Duties;
using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Supervision;
using Responsibility.Grains.Attachments;
using Responsibility.Grains.Domain.Duties;
using Responsibility.Grains.Domain.Reports;
using Responsibility.Grains.Journal;
using Responsibility.Storage.Events;

/// <summary>
/// What leaders and units alike hold of the 一岗双责 chain, each in its own stream: records (一事一记) and the 整改要求 they
/// hand out, signings of the 责任书 they sign as second party. Slots are judged from the year's 清单 and the records on
/// any day, never stored.
/// </summary>
public abstract class DutyHolderGrain(IEventStore events, TimeProvider time)
    : LoggedGrain<DutyHolderState, DutyHolderEvent>(events, DutyHolderEvent.Codec), IDutyHolderGrain
{
    protected abstract DutyHolderKind Kind { get; }

    protected DutyHolder Holder
    {
        get
        {
            var key = this.GetPrimaryKeyString();
            var slash = key.IndexOf('/');
            return new DutyHolder(key[..slash], Kind, key[(slash + 1)..]);
        }
    }

    protected TimeProvider Time => time;

    /// <summary>The log, which a leader's records also read (what the system already knows they did).</summary>
    protected IEventStore Events { get; } = events;

    protected override string Stream => DutyHolderEvent.Stream(Holder);

    public async Task<DutySheet> GetDuties(int year, DateOnly? asOf)
    {
        var brigade = await KnownBrigade();
        var zone = BrigadeClock.Zone(brigade.Settings.TimeZone);
        var day = asOf ?? BrigadeClock.Today(time, brigade.Settings.TimeZone);
        var cut = ReportCalendar.EndOfDay(day, zone);
        var items = await GrainFactory.GetGrain<IDutyListGrain>(GrainKeys.DutyList(Holder.BrigadeId, year)).List();
        return DutySlots.Sheet(
            Holder, year, day, items, [.. State.Records.Where(r => r.RecordedAt < cut)], State.SlotMoves.Where(m => m.At < cut));
    }

    public async Task<DutyRecord> Record(DutyRecordDraft draft, string actor)
    {
        var brigade = await KnownBrigade();
        var today = BrigadeClock.Today(time, brigade.Settings.TimeZone);
        var sheet = await GetDuties(draft.OccurredOn.Year, today);
        DutyRecordRules.Check(draft, sheet, today, brigade);
        var id = RecordIds.New();
        var files = await AttachmentClaims.Claim(
            GrainFactory, draft.AttachmentIds, new AttachmentOwner(AttachmentOwnerKind.DutyRecord, Holder.Tag, id),
            Holder.BrigadeId, actor, State.Records.SelectMany(r => r.Attachments).Select(f => f.Id));
        // The 整改要求 are issued before the record is kept: a crash between leaves instructions naming the record, never a
        // record naming instructions that do not exist.
        var instructions = new List<string>();
        foreach (var unitId in draft.FollowUp?.UnitIds ?? [])
        {
            var issued = await GrainFactory.GetGrain<IInstructionGrain>(RecordIds.New()).Issue(
                new InstructionDraft(
                    Holder.BrigadeId, unitId, null, draft.FollowUp!.Text, draft.FollowUp.DueDate, LeaderId: Holder.Id,
                    IssuedOn: draft.OccurredOn, RecordId: id),
                actor);
            instructions.Add(issued.Definition.Id);
        }

        var now = time.GetUtcNow();
        var record = new DutyRecord(
            id, Holder, draft.Kind, draft.OccurredOn, draft.Content.Trim(), draft.Participants, draft.SlotIds, files ?? [],
            draft.FollowUp, [.. instructions], actor, now);
        await Raise(new DutyRecorded(record) { Actor = actor, At = now });
        return record;
    }

    public virtual Task<DutyRecord[]> GetRecords(int year) => Task.FromResult(Own(year));

    public Task<bool> HasRecordsFor(string itemId, int year) => Task.FromResult(State.Records.Exists(r =>
        r.OccurredOn.Year == year && Array.Exists(r.SlotIds, s => DutyCalendar.ItemOf(s) == itemId)));

    public async Task<PledgeSignature> SignPledge(string pledgeId, DateOnly signedOn, string? attachmentId, string actor)
    {
        var brigade = await KnownBrigade();
        var year = PledgeIds.Parse(pledgeId) is ({ } brigadeId, var y) && brigadeId == Holder.BrigadeId ? y : 0;
        if (PledgeRules.Pairs(brigade, year).FirstOrDefault(p => p.Id == pledgeId) is not { } pair || pair.PartyB != Holder)
        {
            throw DomainException.NotFound("责任书不存在。");
        }

        var today = BrigadeClock.Today(time, brigade.Settings.TimeZone);
        if (signedOn > today || signedOn.Year < year - 1 || signedOn.Year > year)
        {
            throw DomainException.Invalid("signedOn", $"签订日期须在 {year - 1} 年或 {year} 年内，且不晚于今天。");
        }

        var scan = await AttachmentClaims.Claim(
            GrainFactory, attachmentId is null ? null : [attachmentId], new AttachmentOwner(AttachmentOwnerKind.Pledge, pledgeId, null),
            Holder.BrigadeId, actor, []);
        var now = time.GetUtcNow();
        var signature = new PledgeSignature(pledgeId, signedOn, scan?[0], actor, now);
        await Raise(new PledgeSigned(signature) { Actor = actor, At = now });
        return signature;
    }

    /// <summary>The latest signing of each 责任书 of the year.</summary>
    public Task<PledgeSignature[]> GetSignatures(int year) => Task.FromResult(State.Signatures
        .Where(s => PledgeIds.Parse(s.PledgeId)?.Year == year)
        .GroupBy(s => s.PledgeId, StringComparer.Ordinal)
        .Select(g => g.Last())
        .ToArray());

    protected override string ScopeOf(DutyHolderState state) => Holder.BrigadeId;

    protected DutyRecord[] Own(int year) =>
        [.. State.Records.Where(r => r.OccurredOn.Year == year).OrderByDescending(r => r.OccurredOn).ThenByDescending(r => r.RecordedAt)];

    /// <summary>The brigade, which must know this leader or unit: another id is answered as missing.</summary>
    protected async Task<BrigadeInfo> KnownBrigade()
    {
        var brigade = await GrainFactory.GetGrain<IBrigadeGrain>(Holder.BrigadeId).GetInfo();
        var known = Kind == DutyHolderKind.Leader
            ? Array.Exists(brigade.Leaders, l => l.Id == Holder.Id)
            : Array.Exists(brigade.Units, u => u.Id == Holder.Id);
        return known ? brigade : throw DomainException.NotFound(Kind == DutyHolderKind.Leader ? $"班子成员 {Holder.Id} 不存在。" : $"单位 {Holder.Id} 不存在。");
    }

    public async Task MoveSlotDue(string slotId, string extensionId, DateOnly due, string actor)
    {
        if (State.SlotMoves.Exists(m => m.ExtensionId == extensionId))
        {
            return;
        }

        var slot = await FindSlot(slotId) ?? throw DomainException.NotFound($"履责时点 {slotId} 不存在。");
        if (due <= slot.Due)
        {
            throw DomainException.Invalid("due", $"延期后的时限须晚于当前时限 {slot.Due:yyyy-MM-dd}。");
        }

        var now = time.GetUtcNow();
        await Raise(new SlotDueMoved(new SlotDueMove(slotId, extensionId, due, now)) { Actor = actor, At = now });
    }

    /// <summary>The holder's slot as it stands today; null when its 清单 has no such slot for the holder.</summary>
    private async Task<DutySlot?> FindSlot(string slotId) => DutySlotIds.YearOf(slotId) is { } year
        ? (await GetDuties(year, null)).Items.SelectMany(i => i.Slots).FirstOrDefault(s => s.Id == slotId)
        : null;
}
