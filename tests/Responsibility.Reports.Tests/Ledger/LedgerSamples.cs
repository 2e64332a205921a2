namespace Responsibility.Reports.Tests.Ledger;

using Responsibility.Grains.Abstractions.Ledger;
using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Tasks;

/// <summary>A small brigade and tasks of each kind, as the ledger grain would hand them to the workbook.</summary>
public static class LedgerSamples
{
    public static readonly BrigadeInfo Brigade = new(
        "zichuan",
        new BrigadeSettings("淄川大队", "淄川大队总支部委员会", "淄博市公安局交通警察支队", "Asia/Shanghai", null, StatusThresholds.Default),
        [new UnitDefinition("fazhi", "法制室", "科室", null), new UnitDefinition("xuanchuan", "宣传中队", "中队", null)],
        [new LeaderDefinition("wang", "王立侠", "大队长", true, ["fazhi"], []), new LeaderDefinition("zhao", "赵刚", "副大队长", false, ["xuanchuan"], [])],
        [2026],
        new DateOnly(2026, 1, 1));

    public static LedgerLine Count(string code = "FZ-02", string title = "开展执法质量检查", ProgressStatus status = ProgressStatus.Green) => Line(
        code, title, "fazhi", "wang", DutyLine.Accountability, new Metric(MetricKind.Count, 12, "次", RateDirection.HigherIsBetter, []),
        actual: 10, status, "10月开展执法质量检查1次，累计10次。");

    public static LedgerLine Rate(double target = 0.9, RateDirection direction = RateDirection.HigherIsBetter) => Line(
        "FZ-04", "执法记录仪相符率达到90%以上", "fazhi", "wang", DutyLine.Accountability,
        new Metric(MetricKind.Rate, target, "%", direction, []), actual: 0.875, ProgressStatus.Red, null);

    public static LedgerLine Milestone() => Line(
        "XC-01", "升级执法办案中心", "xuanchuan", "zhao", DutyLine.Business,
        new Metric(MetricKind.Milestone, 1, "项", RateDirection.HigherIsBetter, [new("方案制定", 1.0 / 3), new("组织实施", 1.0 / 3), new("验收", 1.0 / 3)]),
        actual: 1.0 / 3, ProgressStatus.Yellow, "方案已制定。") with { };

    public static LedgerLine Line(
        string code, string title, string unitId, string leaderId, DutyLine line, Metric metric, double actual, ProgressStatus status, string? note)
    {
        var plan = code == "FZ-02" ? Enumerable.Range(1, 12).Select(m => m / 12.0).ToArray() : null;
        var definition = new TaskDefinition(
            "t-" + code, "zichuan", 2026, code, title, "执法监督", unitId, leaderId, line, metric, 1, new DateOnly(2026, 1, 1),
            new DateOnly(2026, 12, 31), code == "FZ-02" ? "checks" : null, plan);
        var progress = new TaskProgress(actual, Math.Min(actual / metric.Target, 1), actual / metric.Target, 0.9, 0.1, status, false, new DateOnly(2026, 11, 15));
        return new LedgerLine(new TaskView(definition, progress, 3), note);
    }
}
