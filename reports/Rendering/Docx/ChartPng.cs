namespace Responsibility.Reports.Rendering.Docx;

using Responsibility.Reports.Document;
using ScottPlot;

/// <summary>
/// Draws a <see cref="BarChart"/> with ScottPlot: horizontal bars in their status colours, a dark tick per marker, and
/// each value label where <see cref="BarChartGeometry"/> puts it, clear of the marker. The plot area is fixed (not
/// laid out by ScottPlot) so that the geometry's pixels are the image's. Labels are in a CJK font found on this machine
/// (ScottPlot ignores Chinese family names, so the Latin names are tried).
/// </summary>
internal static class ChartPng
{
    public const int Scale = 2;
    public const int Width = 600;

    /// <summary>The most bars one image holds: eight make it about a third of a page tall.</summary>
    public const int MaxBars = 8;
    private const float FontSize = 14;
    private const int RowHeight = 28, Top = 8, Bottom = 52, Right = 12;

    private static readonly string[] CjkFonts =
        ["Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "Microsoft YaHei", "SimHei", "PingFang SC"];

    public static int HeightFor(BarChart chart) => Top + Bottom + (Math.Max(1, chart.Bars.Length) * RowHeight);

    public static byte[] Render(BarChart chart)
    {
        using var plot = Draw(chart);
        return plot.GetImageBytes(Width * Scale, HeightFor(chart) * Scale, ImageFormat.Png);
    }

    /// <summary>The chart as a ScottPlot plot, for <see cref="Render"/> and for tests that measure what it draws.</summary>
    public static Plot Draw(BarChart chart)
    {
        var plot = new Plot { ScaleFactor = Scale };
        var font = CjkFont();
        plot.Font.Set(font);
        var names = chart.Bars.Select(b => SafeText.OneLine(b.Label)).ToArray();
        var left = (int)Math.Ceiling(names.Select(TextRules.WidestEmWidth).DefaultIfEmpty(0).Max() * FontSize) + 12;
        var geometry = new BarChartGeometry(chart.Bars, Width - left - Right, RowHeight, FontSize);
        plot.Layout.Fixed(new PixelPadding(left, Right, Bottom, Top));

        // Rows run top down; ScottPlot's y axis runs bottom up, one unit a row.
        var positions = Enumerable.Range(0, chart.Bars.Length).Select(i => (double)(chart.Bars.Length - 1 - i)).ToArray();
        var bars = plot.Add.Bars(chart.Bars.Select((b, i) => new Bar
        {
            Position = positions[i],
            Value = b.Value * 100,
            Size = geometry.Bar(i).Height / RowHeight,
            FillColor = Colour(StatusColours.Of(b.Status)),
            LineWidth = 0,
        }).ToList());
        bars.Horizontal = true;
        AddMarkers(plot, chart, positions);
        for (var i = 0; i < chart.Bars.Length; i++)
        {
            var box = geometry.ValueLabel(i);
            var label = plot.Add.Text(BarChartGeometry.Label(chart.Bars[i]), box.Left / geometry.Width * geometry.Scale * 100, positions[i]);
            label.Alignment = Alignment.MiddleLeft;
            label.LabelFontSize = FontSize;
            label.LabelFontName = font;
            label.LabelPadding = 0;
            label.LabelFontColor = Colors.Black;
            label.OffsetY = CentringOffset(font, label.LabelText);
        }

        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(positions, names);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Left.TickLabelStyle.OffsetY = CentringOffset(font, "单位");
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericFixedInterval(20);
        plot.Axes.Left.TickLabelStyle.FontSize = FontSize;
        plot.Axes.Bottom.TickLabelStyle.FontSize = FontSize;
        plot.Axes.SetLimits(0, geometry.Scale * 100, -0.5, Math.Max(1, chart.Bars.Length) - 0.5);
        plot.Grid.YAxisStyle.MajorLineStyle.Width = 0;

        // ScottPlot's legend clips CJK text (upstream issue 5213): the document puts the legend under the image.
        plot.Axes.Bottom.Label.Text = $"{chart.ValueLabel}（%）";
        plot.Axes.Bottom.Label.FontSize = FontSize;
        plot.Axes.Bottom.Label.Bold = false;
        plot.Font.Set(font);
        return plot;
    }

    private static void AddMarkers(Plot plot, BarChart chart, double[] positions)
    {
        var marked = chart.Bars
            .Select((b, i) => (b.Marker, Position: positions[i]))
            .Where(m => m.Marker is not null)
            .ToArray();
        if (marked.Length > 0)
        {
            var markers = plot.Add.Markers(
                marked.Select(m => m.Marker!.Value * 100).ToArray(),
                marked.Select(m => m.Position).ToArray(),
                MarkerShape.VerticalBar,
                size: RowHeight * 0.8f,
                color: Colour(StatusColours.Marker));
            markers.MarkerStyle.LineWidth = (float)BarChartGeometry.MarkerWidth;
        }
    }

    /// <summary>
    /// How far down to move a label so its glyphs sit centred on its anchor. ScottPlot centres the line box (ascent to
    /// descent) but puts the baseline up from its bottom by the font's bounding-box bottom, which in Noto CJK lies an
    /// em below the baseline: unmoved, labels ride 0.7 em above their bars.
    /// </summary>
    private static float CentringOffset(string fontName, string sample)
    {
        using var typeface = SkiaSharp.SKTypeface.FromFamilyName(fontName);
        using var font = new SkiaSharp.SKFont(typeface, FontSize);
        var spacing = font.GetFontMetrics(out var metrics);
        font.MeasureText(sample, out var glyphs);
        return metrics.Bottom - (spacing / 2) - ((glyphs.Top + glyphs.Bottom) / 2);
    }

    private static Color Colour(string hex) => Color.FromHex("#" + hex);

    private static string CjkFont()
    {
        var installed = SkiaSharp.SKFontManager.Default.GetFontFamilies();
        return CjkFonts.FirstOrDefault(f => installed.Contains(f, StringComparer.OrdinalIgnoreCase))
            ?? Fonts.Detect("各单位推进情况");
    }
}
