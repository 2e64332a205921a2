namespace Responsibility.Reports.Rendering;

using Responsibility.Grains.Abstractions.Text;
using Responsibility.Reports.Document;

/// <summary>
/// Where the parts of a horizontal bar chart lie, in pixels from the top left of its plot area (right of the bar
/// names): a row per bar, the bar from 0 to its value, the marker (序时进度) a tick across the row, and the value label
/// after whichever of bar end and marker lies further right, so that no marker overprints a label however close the
/// two figures are (85.8% against 86%). The value axis reaches past 100% only as far as the widest label needs. The
/// Word chart (ChartPng) and the HTML chart (SvgBarChart) both draw from it.
/// </summary>
internal sealed class BarChartGeometry
{
    /// <summary>The marker's stroke, and the room between a label and what it follows.</summary>
    public const double MarkerWidth = 3, LabelGap = 5;

    private readonly IReadOnlyList<ChartBar> bars;

    public BarChartGeometry(IReadOnlyList<ChartBar> bars, double width, double rowHeight, double fontSize)
    {
        this.bars = bars;
        Width = width;
        RowHeight = rowHeight;
        FontSize = fontSize;

        // The furthest reach r of a bar or marker must leave room for its label: r·width/scale + gap + label ≤ width.
        Scale = bars.Select(b => Reach(b) * width / Math.Max(width / 4, width - After(b) - LabelWidth(b)))
            .Append(1)
            .Max();
    }

    public double Width { get; }

    public double RowHeight { get; }

    public double FontSize { get; }

    /// <summary>The share at the right end of the value axis: 1 (100%), or more when a label needs the room.</summary>
    public double Scale { get; }

    public static string Label(ChartBar bar) => ChineseNumbers.Percent(bar.Value);

    /// <summary>Where a share lies along the value axis.</summary>
    public double X(double share) => Width * Math.Clamp(share, 0, Scale) / Scale;

    public ChartRect Bar(int row) => Centred(row, 0, X(bars[row].Value), RowHeight * 0.6);

    /// <summary>The marker's tick, most of the row's height; none for a bar without one.</summary>
    public ChartRect? Marker(int row) => bars[row].Marker is { } marker
        ? Centred(row, X(marker) - (MarkerWidth / 2), MarkerWidth, RowHeight * 0.8)
        : null;

    /// <summary>The value label's box: a line of <see cref="FontSize"/> after the bar end or the marker.</summary>
    public ChartRect ValueLabel(int row)
    {
        var bar = bars[row];
        var left = Math.Max(X(bar.Value), bar.Marker is { } m ? X(m) + (MarkerWidth / 2) : 0) + LabelGap;
        return Centred(row, left, LabelWidth(bar), FontSize);
    }

    private static double Reach(ChartBar bar) => Math.Max(Math.Max(bar.Value, bar.Marker ?? 0), 0);

    private static double After(ChartBar bar) => (bar.Marker is null ? 0 : MarkerWidth / 2) + LabelGap;

    private double LabelWidth(ChartBar bar) => TextRules.WidestEmWidth(Label(bar)) * FontSize;

    private ChartRect Centred(int row, double left, double width, double height) =>
        new(left, (row * RowHeight) + ((RowHeight - height) / 2), width, height);
}
