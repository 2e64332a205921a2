namespace Responsibility.Reports.Tests.Ledger;

using Responsibility.Grains.Abstractions.Tasks;
using Responsibility.Reports.Ledger;

/// <summary>The sheet's notation read back as written, and people's ways of typing it understood or refused with a reason.</summary>
public sealed class LedgerNotationTests
{
    [Theory]
    [InlineData("90%", 0.9)]
    [InlineData("87.5 %", 0.875)]
    [InlineData("100％", 1.0)]
    [InlineData("0.9", 0.9)]
    [InlineData("0", 0.0)]
    public void PercentagesAndFractionsReadAsFractions(string cell, double fraction) =>
        Assert.Equal(fraction, LedgerNotation.ReadFraction(cell)!.Value, 12);

    [Fact]
    public void ANumberExcelKeepsForAPercentageCellIsTheFraction() => Assert.Equal(0.9, LedgerNotation.ReadFraction(0.9));

    [Theory]
    [InlineData("90")]
    [InlineData("120%")]
    [InlineData("九成")]
    [InlineData("-5%")]
    public void ABareNumberAboveOneOrAnythingElseIsRefused(string cell) =>
        Assert.Throws<LedgerCellException>(() => LedgerNotation.ReadFraction(cell));

    [Theory]
    [InlineData("≥ 90%", 0.9, RateDirection.HigherIsBetter)]
    [InlineData("不低于95%", 0.95, RateDirection.HigherIsBetter)]
    [InlineData("<= 5%", 0.05, RateDirection.LowerIsBetter)]
    [InlineData("≤0.5%", 0.005, RateDirection.LowerIsBetter)]
    public void RateTargetsReadWithTheirDirection(string cell, double target, RateDirection direction)
    {
        var (read, way) = LedgerNotation.ReadRateTarget(cell);

        Assert.Equal((target, direction), (Math.Round(read!.Value, 12), way!.Value));
    }

    [Fact]
    public void ARateTargetWithoutASignLeavesTheDirectionOpen() =>
        Assert.Equal((0.9, (RateDirection?)null), LedgerNotation.ReadRateTarget("90%"));

    [Theory]
    [InlineData(0.9, RateDirection.HigherIsBetter)]
    [InlineData(0.8734, RateDirection.HigherIsBetter)]
    [InlineData(0.005, RateDirection.LowerIsBetter)]
    public void AWrittenRateTargetReadsBackExactly(double target, RateDirection direction)
    {
        var written = LedgerNotation.Target(new Metric(MetricKind.Rate, target, "%", direction, []));

        Assert.Equal((target, direction), LedgerNotation.ReadRateTarget(written));
    }

    [Fact]
    public void StagesWithSharesReadAsWeightsAndNamesAloneShareEqually()
    {
        var given = LedgerNotation.ReadStages("方案制定 30%；组织实施 70%")!;
        var equal = LedgerNotation.ReadStages("方案制定；组织实施；验收")!;

        Assert.Equal([("方案制定", 0.3), ("组织实施", 0.7)], given.Select(s => (s.Name, Math.Round(s.Weight, 12))));
        Assert.All(equal, s => Assert.Equal(1.0 / 3, s.Weight, 12));
    }

    [Fact]
    public void WrittenThirdsReadBackAsThirds()
    {
        var metric = LedgerSamples.Milestone().Task.Definition.Metric;

        var read = LedgerNotation.ReadStages(LedgerNotation.Stages(metric))!;

        Assert.Equal(metric.Stages.Select(s => s.Name), read.Select(s => s.Name));
        Assert.All(read, s => Assert.Equal(1.0 / 3, s.Weight, 9));
    }

    [Theory]
    [InlineData("方案制定 30%；组织实施")]
    [InlineData("方案制定 30%；组织实施 30%")]
    [InlineData("；30%")]
    public void StagesWithSomeSharesMissingOrNotAddingUpAreRefused(string cell) =>
        Assert.Throws<LedgerCellException>(() => LedgerNotation.ReadStages(cell));

    [Fact]
    public void AMonthlyPlanNeedsTwelveSharesAndABlankCellMeansNone()
    {
        var plan = Enumerable.Range(1, 12).Select(m => m / 12.0).ToArray();

        var read = LedgerNotation.ReadPlan(LedgerNotation.Plan(plan));

        Assert.All(read.Zip(plan), p => Assert.Equal(p.Second, p.First, 4));
        Assert.Empty(LedgerNotation.ReadPlan(" "));
        Assert.Throws<LedgerCellException>(() => LedgerNotation.ReadPlan("10%、20%"));
    }

    [Theory]
    [InlineData("2026-03-31")]
    [InlineData("2026/3/31")]
    [InlineData("2026年3月31日")]
    [InlineData("2026.3.31")]
    public void DatesReadInTheWaysPeopleTypeThem(string cell) =>
        Assert.Equal(new DateOnly(2026, 3, 31), LedgerNotation.ReadDay(cell));

    [Fact]
    public void DatesExcelTypedReadAsThoseDays()
    {
        Assert.Equal(new DateOnly(2026, 3, 31), LedgerNotation.ReadDay(new DateTime(2026, 3, 31)));
        Assert.Equal(new DateOnly(2026, 3, 31), LedgerNotation.ReadDay(new DateTime(2026, 3, 31).ToOADate()));
        Assert.Throws<LedgerCellException>(() => LedgerNotation.ReadDay("31/03/2026"));
    }

    [Theory]
    [InlineData("业务工作", DutyLine.Business)]
    [InlineData("法治建设·党风廉政", DutyLine.Accountability)]
    [InlineData("党风廉政", DutyLine.Accountability)]
    [InlineData("Business", DutyLine.Business)]
    public void DutyLinesReadByTheirNames(string cell, DutyLine line) => Assert.Equal(line, LedgerNotation.ReadDutyLine(cell));

    [Fact]
    public void UnknownDutyLinesAndKindsAreRefused()
    {
        Assert.Throws<LedgerCellException>(() => LedgerNotation.ReadDutyLine("其他"));
        Assert.Throws<LedgerCellException>(() => LedgerNotation.ReadKind("百分比"));
        Assert.Equal(MetricKind.Rate, LedgerNotation.ReadKind("比率"));
    }

    [Fact]
    public void CellTextIsCleanedOfControlCharacters() =>
        Assert.Equal("执法检查", LedgerNotation.ReadText(" 执法\u0001检查\u0007 "));
}
