namespace Responsibility.Domain.Tests;

using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Tasks;
using Responsibility.Grains.Domain;
using static Build;

/// <summary>What a report must be to count: whole counts, bounded values, large entries confirmed, rates as fractions.</summary>
public class ProgressRulesTests
{
    private static readonly TaskDefinition Checks = CountTask("执法质量检查", 12);
    private static readonly TaskDefinition Kilometres = CountTask("建设道路", 10, "公里") with
    {
        Metric = CountTask("建设道路", 10, "公里").Metric with { Fractional = true },
    };

    private static readonly DateOnly Today = On(6, 30);

    public static TheoryData<double, bool, string?> CountReports => new()
    {
        { 1, false, null },
        { 24, false, null },
        { 25, false, DomainException.Codes.ConfirmationRequired },
        { 25, true, null },
        { 1000, true, null },
        { 0.5, false, "value" },
        { 0, false, "value" },
        { 1e10, true, "value" },
        { 1.7e308, true, "value" },
        { double.NaN, false, "value" },
    };

    [Theory]
    [MemberData(nameof(CountReports))]
    public void CountEntryIsAWholeBoundedNumberAndAboveTwiceTheTargetNeedsConfirmation(double value, bool confirmed, string? refusal)
    {
        var failure = Record.Exception(() => ProgressRules.Check(Checks, [], Report(value, confirmed), Today));

        if (refusal is null)
        {
            Assert.Null(failure);
        }
        else
        {
            var refused = Assert.IsType<DomainException>(failure);
            Assert.Equal("value", refused.Field);
            Assert.Equal(refusal == "value" ? null : refusal, refused.Code);
        }
    }

    [Fact]
    public void FractionalCountTakesHalves() =>
        ProgressRules.Check(Kilometres, [], Report(2.5, confirmed: false), Today);

    [Theory]
    [InlineData(0.87, true)]
    [InlineData(1, true)]
    [InlineData(0, true)]
    [InlineData(87, false)]
    [InlineData(-0.1, false)]
    public void RateEntryIsAFractionOfOne(double value, bool accepted)
    {
        var failure = Record.Exception(() => ProgressRules.Check(RateTask("相符率", 0.9), [], Report(value, false), Today));

        Assert.Equal(accepted, failure is null);
    }

    private static ProgressReport Report(double value, bool confirmed) => new(value, null, null, "", null, null, confirmed);
}
