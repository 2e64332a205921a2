namespace Responsibility.Grains.Duties;

using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Providers;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Attachments;
using Responsibility.Grains.Abstractions.Duties;
using Responsibility.Grains.Abstractions.Oversight;
using Responsibility.Grains.Attachments;
using Responsibility.Grains.Domain.Oversight;
using Responsibility.Grains.Journal;
using Responsibility.Storage.Events;

/// <summary>A base unit: its duties and records (<see cref="DutyHolderGrain"/>) and its 廉政风险点 register.</summary>
[LogConsistencyProvider(ProviderName = LogProviders.Events)]
public sealed class UnitGrain(IEventStore events, [FromKeyedServices(DomainClock.Key)] TimeProvider time)
    : DutyHolderGrain(events, time), IUnitGrain
{
    protected override DutyHolderKind Kind => DutyHolderKind.Unit;

    public async Task<RiskRow> PutRisk(RiskRow row, string actor)
    {
        var brigade = await KnownBrigade();
        if (row.UnitId != Holder.Id)
        {
            throw DomainException.Invalid("unitId", "风险点须登记在本单位名下。");
        }

        if (!Enum.IsDefined(row.Level))
        {
            throw DomainException.Invalid("level", "风险等级须为高、中或低。");
        }

        if (Array.TrueForAll(brigade.Leaders, l => l.Id != row.LeaderId))
        {
            throw DomainException.Invalid("leaderId", $"班子成员 {row.LeaderId} 不存在。");
        }

        var before = State.Risks.Find(r => r.Year == row.Year && r.Id == row.Id);
        if (before == row)
        {
            return row;
        }

        await Raise(new RiskPut(before, row) { Actor = actor, At = Time.GetUtcNow() });
        return row;
    }

    public Task<RiskRow[]> GetRisks(int year) =>
        Task.FromResult(State.Risks.Where(r => r.Year == year).OrderByDescending(r => r.Level).ThenBy(r => r.Id, StringComparer.Ordinal).ToArray());

    public async Task<Rectification> OpenRectification(Rectification item, string actor)
    {
        if (State.Rectifications.Find(r => r.Id == item.Id) is { } held)
        {
            return held;
        }

        if (item.UnitId != Holder.Id || item.BrigadeId != Holder.BrigadeId)
        {
            throw DomainException.Invalid("unitId", "整改事项须由本单位承担。");
        }

        await KnownBrigade();
        // 重复发生: the latest earlier item of the unit in the same category.
        var earlier = State.Rectifications.FindLast(r => string.Equals(r.Category, item.Category, StringComparison.Ordinal));
        var opened = item with { RepeatOf = earlier?.Id, Steps = [] };
        await Raise(new RectificationOpened(opened) { Actor = actor, At = opened.OpenedAt });
        return await NotifyRectification(opened.Id);
    }

    public async Task<Rectification> ReportRectification(string rectificationId, string text, string[] attachmentIds, string actor)
    {
        var item = HeldRectification(rectificationId);
        InspectionRules.CheckReport(item, text);
        // The report's part is its step's number; a file is listed by one report only.
        var files = await AttachmentClaims.Claim(
            GrainFactory, attachmentIds,
            new AttachmentOwner(AttachmentOwnerKind.Rectification, item.Id, (item.Steps.Length + 1).ToString(CultureInfo.InvariantCulture)),
            Holder.BrigadeId, actor, item.Steps.SelectMany(s => s.Attachments ?? []).Select(f => f.Id));
        await Raise(new RectificationReported(item.Id, text.Trim(), files ?? []) { Actor = actor, At = Time.GetUtcNow() });
        return await NotifyRectification(item.Id);
    }

    public async Task<Rectification> CloseRectification(string rectificationId, string actor)
    {
        var item = HeldRectification(rectificationId);
        InspectionRules.CheckClose(item);
        await Raise(new RectificationClosed(item.Id) { Actor = actor, At = Time.GetUtcNow() });
        return await NotifyRectification(item.Id);
    }

    public async Task<Rectification> ReturnRectification(string rectificationId, string reason, string actor)
    {
        var item = HeldRectification(rectificationId);
        InspectionRules.CheckReturn(item, reason);
        await Raise(new RectificationReturned(item.Id, reason.Trim()) { Actor = actor, At = Time.GetUtcNow() });
        return await NotifyRectification(item.Id);
    }

    public async Task<Rectification> MoveRectificationDue(string rectificationId, string extensionId, DateOnly due, string actor)
    {
        var item = HeldRectification(rectificationId);
        if (Array.Exists(item.Steps, s => s.ExtensionId == extensionId))
        {
            return item;
        }

        InspectionRules.CheckMoveDue(item, due);
        await Raise(new RectificationDueMoved(item.Id, extensionId, due) { Actor = actor, At = Time.GetUtcNow() });
        return await NotifyRectification(item.Id);
    }

    public Task<Rectification?> GetRectification(string rectificationId) =>
        Task.FromResult(State.Rectifications.Find(r => r.Id == rectificationId));

    public Task<Rectification[]> GetRectifications() => Task.FromResult(State.Rectifications.ToArray());

    private Rectification HeldRectification(string rectificationId) =>
        State.Rectifications.Find(r => r.Id == rectificationId) ?? throw DomainException.NotFound($"整改事项 {rectificationId} 不存在。");

    private async Task<Rectification> NotifyRectification(string rectificationId)
    {
        var item = HeldRectification(rectificationId);
        await GrainFactory.GetGrain<IOversightGrain>(Holder.BrigadeId).OnRectificationChanged(item);
        return item;
    }
}
