namespace Responsibility.Domain.Tests;

using Responsibility.Grains.Abstractions.Ledger;
using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Tasks;
using Responsibility.Grains.Domain.Ledger;

/// <summary>What a 台账 import would do, decided row by row before anything changes.</summary>
public sealed class LedgerPlanTests
{
    private static readonly BrigadeInfo Brigade = new(
        "zichuan",
        new BrigadeSettings("淄川大队", "总支", "支队", "Asia/Shanghai", null, StatusThresholds.Default),
        [new UnitDefinition("fazhi", "法制室", null, null), new UnitDefinition("xuanchuan", "宣传中队", null, null), new UnitDefinition("keji", "科技室", null, null)],
        [new LeaderDefinition("wang", "王立侠", "大队长", true, ["fazhi"], []), new LeaderDefinition("zhao", "赵刚", "副大队长", false, ["xuanchuan"], [])],
        [2024],
        new DateOnly(2024, 1, 1));

    private static readonly TaskDefinition Checks = new(
        "t1", "zichuan", 2024, "FZ-01", "开展执法质量检查", "执法监督", "fazhi", "wang", DutyLine.Accountability,
        new Metric(MetricKind.Count, 12, "次", RateDirection.HigherIsBetter, []), 1, new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31),
        "checks", [.. Enumerable.Range(1, 12).Select(m => m / 12.0)]);

    [Fact]
    public void ARowAsTheSheetWroteItChangesNothingThoughItsSharesWereRounded()
    {
        var row = RowOf(Checks) with { PlannedByMonth = [.. Checks.PlannedByMonth!.Select(p => Math.Round(p, 4))] };

        var plan = Plan(row);

        Assert.Equal((0, 0, 1), (plan.Creates.Count, plan.Updates.Count, plan.Unchanged));
    }

    [Fact]
    public void AChangedRowBecomesAPatchOfWhatChangedOnly()
    {
        var plan = Plan(RowOf(Checks) with { Title = "开展执法质量检查（全年）", Target = 24 });

        var (_, taskId, patch, version) = Assert.Single(plan.Updates);
        Assert.Equal(("t1", 5), (taskId, version));
        Assert.Equal(new TaskPatch(Title: "开展执法质量检查（全年）", Target: 24), patch);
    }

    [Fact]
    public void ATaskMovedToAnotherUnitKeepsTheLeaderItsRowNames()
    {
        var plan = Plan(RowOf(Checks) with { UnitId = "xuanchuan", LeaderId = "wang" });

        Assert.Equal(("xuanchuan", "wang"), (Assert.Single(plan.Updates).Patch.UnitId, plan.Updates[0].Patch.LeaderId));
    }

    [Fact]
    public void ANewRowTakesItsUnitsLeaderAndEveryProblemNamesItsRowAndField()
    {
        var plan = Plan(
            RowOf(Checks) with { Row = 2, Code = "FZ-02", LeaderId = null },
            RowOf(Checks) with { Row = 3, Code = "KJ-01", UnitId = "keji", LeaderId = null },
            RowOf(Checks) with { Row = 4, Code = "FZ-02" },
            RowOf(Checks) with { Row = 5, Code = "FZ-03", Kind = MetricKind.Rate, Target = 0.9, IndicatorCode = "checks" },
            RowOf(Checks) with { Row = 6, Kind = MetricKind.Milestone });

        Assert.Equal("wang", Assert.Single(plan.Creates).Draft.LeaderId);
        Assert.Equal(
            [(3, "leaderId"), (4, "code"), (5, "indicatorCode"), (6, "metric.kind")],
            plan.Problems.Select(p => (p.Row, p.Field)));
    }

    private static LedgerPlan Plan(params LedgerRow[] rows) => LedgerPlan.Make(
        rows, Brigade, [new TaskView(Checks, new TaskProgress(0, 0, 0, 0, 0, ProgressStatus.Green, false, new DateOnly(2024, 6, 1)), 5)]);

    private static LedgerRow RowOf(TaskDefinition d) => new(
        2, d.Year, d.Code, d.Title, d.Category, d.UnitId, d.LeaderId, d.DutyLine, d.Metric.Kind, d.Metric.Target, null,
        d.Metric.UnitLabel, null, d.Weight, d.Start, d.Due, d.IndicatorCode ?? "", d.PlannedByMonth ?? []);
}
