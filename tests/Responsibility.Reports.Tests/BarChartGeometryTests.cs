namespace Responsibility.Reports.Tests;

using Responsibility.Grains.Abstractions.Tasks;
using Responsibility.Reports.Document;
using Responsibility.Reports.Rendering;

/// <summary>Where a chart's value labels go: never under a marker, never on the bar, never outside the plot.</summary>
public class BarChartGeometryTests
{
    [Theory]
    [InlineData(0.858, 0.86)]
    [InlineData(0.86, 0.858)]
    [InlineData(0.851, 0.86)]
    [InlineData(0.884, 0.9153)]
    [InlineData(1.0, 1.0)]
    [InlineData(0.999, 1.0)]
    [InlineData(1.0, 0.999)]
    [InlineData(0, 1)]
    [InlineData(0, 0)]
    [InlineData(1.25, 0.4)]
    public void ValueLabelLiesClearOfTheMarkerAndTheBarInsideThePlot(double value, double marker)
    {
        foreach (var (width, rowHeight) in new[] { (482.0, 30.0), (420.0, 28.0) })
        {
            var geometry = new BarChartGeometry([new ChartBar("秩序中队", value, marker, ProgressStatus.Green)], width, rowHeight, 14);

            var label = geometry.ValueLabel(0);
            var tick = geometry.Marker(0)!.Value;

            Assert.False(label.Overlaps(tick), $"label {label} lies on marker {tick}");
            Assert.True(label.Left >= geometry.Bar(0).Right, $"label {label} lies on the bar {geometry.Bar(0)}");
            Assert.InRange(label.Right, 0, geometry.Width);
        }
    }

    [Fact]
    public void AxisReachesPastAHundredPercentOnlyAsFarAsTheWidestLabelNeeds()
    {
        var under = new BarChartGeometry([new ChartBar("法制室", 0.5, 0.6, ProgressStatus.Yellow)], 482, 30, 14);
        var full = new BarChartGeometry([new ChartBar("法制室", 1.0, 1.0, ProgressStatus.Done)], 482, 30, 14);

        Assert.Equal(1, under.Scale);
        Assert.InRange(full.Scale, 1.1, 1.2);
    }
}
