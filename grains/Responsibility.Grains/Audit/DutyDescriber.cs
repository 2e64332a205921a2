namespace Responsibility.Grains.Audit;

using Responsibility.Grains.Abstractions.Audit;
using Responsibility.Grains.Abstractions.Duties;
using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Tasks;
using Responsibility.Grains.Abstractions.Text;
using Responsibility.Grains.Duties;
using Responsibility.Storage.Events;

/// <summary>Says what an event of a 责任清单 or of a leader's or unit's duties did, in the words of the pages.</summary>
public sealed class DutyDescriber(BrigadeInfo brigade)
{
    public static bool Describes(string streamId) =>
        streamId.StartsWith("duties/", StringComparison.Ordinal) || streamId.StartsWith("leader/", StringComparison.Ordinal)
        || streamId.StartsWith("unit/", StringComparison.Ordinal);

    public (string Action, string? TaskId, string Subject, IEnumerable<AuditChange> Changes) Describe(StoredEvent row) =>
        row.StreamId.StartsWith("duties/", StringComparison.Ordinal)
            ? List(DutyListEvent.Codec.Decode(row))
            : DutyHolderEvent.Codec.Decode(row) is var e && Accountability(row, e) is { } accountability ? accountability : Holder(e);

    private (string, string?, string, IEnumerable<AuditChange>) List(DutyListEvent e) => e switch
    {
        DutyItemPut p => (p.Before is null ? "新增清单事项" : "修改清单事项", null, $"{p.Item.Year}年责任清单：{p.Item.Title}", Item(p.Before, p.Item)),
        TemplateItemReceived r => ("接收支队交办清单事项", null, $"{r.Item.Year}年责任清单：{r.Item.Title}", [new("状态", null, "支队交办，待分配责任主体")]),
        TemplateItemAdjusted a => ("支队交办清单事项已调整", null, $"{a.Item.Year}年责任清单：{a.Item.Title}",
            [new("调整内容", null, a.Note), .. Item(a.Before, a.Item)]),
        DutyItemRemoved r => ("删除清单事项", null, $"{r.Item.Year}年责任清单：{r.Item.Title}", []),
        _ => (e.GetType().Name, null, "", []),
    };

    private (string, string?, string, IEnumerable<AuditChange>) Holder(DutyHolderEvent e) => e switch
    {
        DutyRecorded r => ("履责纪实", null, Name(r.Record.Holder),
        [
            new("类型", null, DutyText.KindName(r.Record.Kind)),
            new("日期", null, r.Record.OccurredOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            new("内容", null, r.Record.Content),
            new("整改要求", null, r.Record.FollowUp?.Text),
            new("佐证材料", null, r.Record.Attachments.Length > 0 ? string.Join("、", r.Record.Attachments.Select(f => f.FileName)) : null),
        ]),
        PledgeSigned s => ("签订责任书", null, s.Signature.PledgeId,
            [new("签订日期", null, s.Signature.SignedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), new("扫描件", null, s.Signature.Scan?.FileName)]),
        RiskPut p => (p.Before is null ? "登记廉政风险点" : "修改廉政风险点", null, $"{Unit(p.Row.UnitId)} {p.Row.Post}",
        [
            new("风险点", p.Before?.Risk, p.Row.Risk),
            new("表现形式", p.Before?.Manifestation, p.Row.Manifestation),
            new("等级", p.Before is null ? null : DutyText.RiskLevelName(p.Before.Level), DutyText.RiskLevelName(p.Row.Level)),
            new("防控措施", p.Before?.Measures, p.Row.Measures),
            new("责任领导", p.Before is null ? null : Leader(p.Before.LeaderId), Leader(p.Row.LeaderId)),
        ]),
        RectificationOpened o => ("整改事项交办", null, $"{Unit(o.Item.UnitId)} 整改 {o.Item.Id}", new OversightDescriber(brigade).Opened(o.Item)),
        RectificationReported r => ("报送整改情况", null, $"整改 {r.RectificationId}",
        [
            new("整改情况", null, r.Text),
            new("佐证材料", null, r.Attachments.Length > 0 ? string.Join("、", r.Attachments.Select(f => f.FileName)) : null),
        ]),
        RectificationReturned r => ("退回整改", null, $"整改 {r.RectificationId}", [new("退回原因", null, r.Reason)]),
        RectificationClosed c => ("整改销号", null, $"整改 {c.RectificationId}", []),
        RectificationDueMoved m => ("调整整改时限", null, $"整改 {m.RectificationId}",
            [new("调整后时限", null, m.Due.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))]),
        SlotDueMoved m => ("延期调整时限", null, m.Move.SlotId,
            [new("调整后时限", null, m.Move.Due.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), new("延期申请", null, m.Move.ExtensionId)]),
        _ => (e.GetType().Name, null, "", []),
    };

    /// <summary>A step of a leader's 述责述廉报告, named by the leader of the stream ("leader/{b}/{id}"); null for other events.</summary>
    private (string, string?, string, IEnumerable<AuditChange>)? Accountability(StoredEvent row, DutyHolderEvent e)
    {
        var leaderId = row.StreamId[(row.StreamId.LastIndexOf('/') + 1)..];
        string Subject(int year) => $"{Array.Find(brigade.Leaders, l => l.Id == leaderId)?.Name ?? leaderId}{year}年度述责述廉报告";
        return e switch
        {
            AccountabilityDrafted d => ("起草述责述廉报告", null, Subject(d.Year),
                [new("数据截至", null, d.AsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))]),
            AccountabilitySaved s => ("修改述责述廉报告", null, Subject(s.Year), [new("廉洁自律情况", null, s.Sections.Integrity)]),
            AccountabilitySubmitted s => ("提交述责述廉报告", null, Subject(s.Year), []),
            AccountabilityReturned r => ("退回述责述廉报告", null, Subject(r.Year), [new("退回意见", null, r.Note)]),
            AccountabilityAccepted a => ("审核通过述责述廉报告", null, Subject(a.Year), []),
            _ => null,
        };
    }

    private IEnumerable<AuditChange> Item(DutyItem? before, DutyItem after) =>
    [
        new("栏目", before?.Section, after.Section),
        new("事项", before?.Title, after.Title),
        new("工作要求", before?.Requirement, after.Requirement),
        new("一岗双责", before is null ? null : TaskText.DutyLineName(before.DutyLine), TaskText.DutyLineName(after.DutyLine)),
        new("频次", before is null ? null : DutyText.CadenceName(before.Cadence), DutyText.CadenceName(after.Cadence)),
        new("完成时限", before?.DueDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), after.DueDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
        new("佐证材料要求", before?.Evidence, after.Evidence),
        new("责任主体", before is null ? null : Assignees(before.Assignees), Assignees(after.Assignees)),
    ];

    private string Assignees(DutyAssignees a) => string.Join("、",
        (a.AllLeaders ? ["全体班子成员"] : a.LeaderIds.Select(Leader)).Concat(a.UnitIds.Select(Unit)));

    private string Name(DutyHolder holder) => holder.Kind == DutyHolderKind.Leader ? Leader(holder.Id) : Unit(holder.Id);

    private string Leader(string id) => Array.Find(brigade.Leaders, l => l.Id == id)?.Name ?? id;

    private string Unit(string id) => Array.Find(brigade.Units, u => u.Id == id)?.Name ?? id;
}
