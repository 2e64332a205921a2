namespace Responsibility.Grains.Audit;

using System.Globalization;
using Responsibility.Grains.Abstractions.Audit;
using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Tasks;
using Responsibility.Grains.Abstractions.Text;
using Responsibility.Grains.Brigades;
using Responsibility.Grains.Tasks;
using Responsibility.Grains.Users;
using Responsibility.Storage.Events;

/// <summary>
/// Says what an event of the log did, in the words of the pages: the action, what it was done to, and each field it
/// set or changed with its value before and after. Units and leaders are named as the brigade names them now.
/// </summary>
public sealed class AuditDescriber(
    BrigadeInfo brigade, IReadOnlyDictionary<string, TaskDefinition> tasks, SupervisionDescriber supervision)
{
    public AuditEntry Describe(StoredEvent row)
    {
        var (action, taskId, subject, changes) =
            row.StreamId.StartsWith(TaskEvent.Stream(""), StringComparison.Ordinal) ? Task(TaskEvent.Codec.Decode(row), row.StreamId[TaskEvent.Stream("").Length..])
            : SupervisionDescriber.Describes(row.StreamId) ? supervision.Describe(row)
            : DutyDescriber.Describes(row.StreamId) ? new DutyDescriber(brigade).Describe(row)
            : BulletinDescriber.Describes(row.StreamId) ? new BulletinDescriber(brigade).Describe(row)
            : OversightDescriber.Describes(row.StreamId) ? new OversightDescriber(brigade).Describe(row)
            : ExtensionDescriber.Describes(row.StreamId) ? ExtensionDescriber.Describe(row)
            : AppraisalDescriber.Describes(row.StreamId) ? new AppraisalDescriber(brigade).Describe(row)
            : DetachmentDescriber.Describes(row.StreamId) ? DetachmentDescriber.Describe(row)
            : row.StreamId.StartsWith(AccountChanged.Stream(""), StringComparison.Ordinal) ? Account(AccountChanged.Codec.Decode(row))
            : Brigade(BrigadeEvent.Codec.Decode(row));
        return new AuditEntry(row.Position, row.RecordedAt, row.Actor, row.Kind, action, taskId, subject, [.. changes.Where(c => c.Before != c.After)]);
    }

    private (string, string?, string, IEnumerable<AuditChange>) Task(TaskEvent e, string taskId)
    {
        var known = tasks.GetValueOrDefault(taskId);
        var subject = known is null ? taskId : $"{known.Code} {known.Title}";
        return e switch
        {
            TaskDefined d => ("创建任务", taskId, $"{d.Definition.Code} {d.Definition.Title}", Fields(null, d.Definition)),
            TaskChanged c => ("修改任务", taskId, subject, Fields(c.Before, c.After)),
            ProgressReported r => ("填报进度", taskId, subject,
            [
                new("填报内容", null, known is null ? Number(r.Entry.Value) : TaskText.EntryValue(known.Metric, r.Entry.Value, r.Entry.Stage)),
                new("发生日期", null, Date(r.Entry.OccurredOn)),
                new("情况说明", null, r.Entry.Note.Length == 0 ? null : r.Entry.Note),
                new("佐证材料", null, r.Entry.Attachments is { Length: > 0 } files ? string.Join("、", files.Select(f => f.FileName)) : null),
            ]),
            EntryReturned x => ("退回填报", taskId, subject, [new("退回原因", null, x.Return.Reason)]),
            TaskDueMoved m => ("延期调整时限", taskId, subject, [new("调整后时限", null, Date(m.Due)), new("延期申请", null, m.ExtensionId)]),
            TaskTemplateAdjusted a => ("支队交办事项已调整", taskId, subject, [new("调整内容", null, a.Note), .. Fields(a.Before, a.After)]),
            _ => (e.GetType().Name, taskId, subject, []),
        };
    }

    private (string, string?, string, IEnumerable<AuditChange>) Brigade(BrigadeEvent e) => e switch
    {
        BrigadeConfigured c => (c.Before is null ? "设置大队" : "修改大队信息", null, c.After.Name, Settings(c.Before, c.After)),
        UnitDefined u => (u.Before is null ? "新建单位" : "修改单位", null, u.After.Name,
        [
            new("名称", u.Before?.Name, u.After.Name), new("类型", u.Before?.Kind, u.After.Kind), new("负责人", u.Before?.Head, u.After.Head),
        ]),
        LeaderDefined l => (l.Before is null ? "新建班子成员" : "修改班子成员", null, l.After.Name,
        [
            new("姓名", l.Before?.Name, l.After.Name),
            new("职务", l.Before?.Post, l.After.Post),
            new("第一责任人", l.Before is null ? null : YesNo(l.Before.IsFirstResponsible), YesNo(l.After.IsFirstResponsible)),
            new("分管单位", l.Before is null ? null : Units(l.Before.UnitIds), Units(l.After.UnitIds)),
            new("分管领域", l.Before is null ? null : string.Join("、", l.Before.Areas), string.Join("、", l.After.Areas)),
        ]),
        TaskIndexed t => ("列入任务清单", t.TaskId, $"{t.Code} {t.Title}", [new("年度", null, $"{t.Year}年")]),
        BrigadeJoinedDetachment j => ("划入支队", null, brigade.Settings.Name, [new("支队", null, j.DetachmentId)]),
        TemplateTaskReceived r => ("接收支队交办任务", r.TaskId, $"{r.Code} {r.Title}",
            [new("年度", null, $"{r.Year}年"), new("来源", null, $"支队 {r.Source.DetachmentId} 交办"), new("承办单位", null, "待分配")]),
        TemplateTaskAssigned a => ("分配支队交办任务", a.TaskId, TaskSubject(a.TaskId), [new("状态", "待分配", "已分配，计入统计")]),
        TemplateTaskAdjusted a => ("支队交办事项已调整", a.TaskId, TaskSubject(a.TaskId), [new("调整内容", null, a.Note)]),
        _ => (e.GetType().Name, null, "", []),
    };

    private (string, string?, string, IEnumerable<AuditChange>) Account(AccountChanged e) => (e.Action, null, $"账号 {e.Username}",
        e.Changes.Select(c => c.Field switch
        {
            "所在单位" => c with { Before = c.Before is null ? null : Unit(c.Before), After = c.After is null ? null : Unit(c.After) },
            "班子成员" => c with { Before = c.Before is null ? null : Leader(c.Before), After = c.After is null ? null : Leader(c.After) },
            _ => c,
        }));

    private IEnumerable<AuditChange> Fields(TaskDefinition? before, TaskDefinition after) =>
    [
        new("任务名称", before?.Title, after.Title),
        new("类别", before?.Category, after.Category),
        new("承办单位", before is null ? null : Unit(before.UnitId), Unit(after.UnitId)),
        new("分管领导", before is null ? null : Leader(before.LeaderId), Leader(after.LeaderId)),
        new("一岗双责", before is null ? null : TaskText.DutyLineName(before.DutyLine), TaskText.DutyLineName(after.DutyLine)),
        new("目标", before is null ? null : TaskText.Target(before.Metric), TaskText.Target(after.Metric)),
        new("权重", before is null ? null : Number(before.Weight), Number(after.Weight)),
        new("开始日期", before is null ? null : Date(before.Start), Date(after.Start)),
        new("截止日期", before is null ? null : Date(before.Due), Date(after.Due)),
        new("指标代码", before?.IndicatorCode, after.IndicatorCode),
        new("月度计划", Plan(before?.PlannedByMonth), Plan(after.PlannedByMonth)),
    ];

    private static IEnumerable<AuditChange> Settings(BrigadeSettings? before, BrigadeSettings after) =>
    [
        new("名称", before?.Name, after.Name),
        new("党组织名称", before?.PartyOrgName, after.PartyOrgName),
        new("支队", before?.DetachmentName, after.DetachmentName),
        new("时区", OrgText.TimeZoneName(before?.TimeZone), OrgText.TimeZoneName(after.TimeZone)),
        new("主送机关", before?.Recipient, after.Recipient),
        new("黄灯阈值", Level(before?.Thresholds.Yellow), Level(after.Thresholds.Yellow)),
        new("红灯阈值", Level(before?.Thresholds.Red), Level(after.Thresholds.Red)),
        new("临近时限天数", before?.Thresholds.DueSoonDays.ToString(CultureInfo.InvariantCulture), after.Thresholds.DueSoonDays.ToString(CultureInfo.InvariantCulture)),
        new("填报周期", before is null ? null : SupervisionText.CycleName(before.ReportingCycle), SupervisionText.CycleName(after.ReportingCycle)),
        new("填报截止日", before is null ? null : $"{before.ReportingDueDay}日", $"{after.ReportingDueDay}日"),
        new("催报宽限天数", before?.GraceDays.ToString(CultureInfo.InvariantCulture), after.GraceDays.ToString(CultureInfo.InvariantCulture)),
        new("民主测评提醒线", before?.RatingLimit.ToString("0.##", CultureInfo.InvariantCulture), after.RatingLimit.ToString("0.##", CultureInfo.InvariantCulture)),
    ];

    private string TaskSubject(string taskId) => tasks.GetValueOrDefault(taskId) is { } t ? $"{t.Code} {t.Title}" : taskId;

    private string Unit(string unitId) => unitId.Length == 0 ? "待分配" : Array.Find(brigade.Units, u => u.Id == unitId)?.Name ?? unitId;

    private string Leader(string leaderId) => leaderId.Length == 0 ? "待分配" : Array.Find(brigade.Leaders, l => l.Id == leaderId)?.Name ?? leaderId;

    private string Units(string[] unitIds) => string.Join("、", unitIds.Select(Unit));

    private static string YesNo(bool value) => value ? "是" : "否";

    private static string? Number(double? value) => value is double v ? TaskText.Number(v) : null;

    private static string? Level(double? fraction) => fraction is double f ? ChineseNumbers.Level(f) : null;

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Plan(double[]? plan) => plan is null ? null : string.Join(" ", plan.Select(ChineseNumbers.Level));
}
