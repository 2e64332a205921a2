namespace Responsibility.Reports.Rendering.Docx;

using Responsibility.Grains.Abstractions.Text;
using Responsibility.Reports.Document;
using ScottPlot;

/// <summary>
/// Draws a <see cref="BarChart"/> with ScottPlot: horizontal bars for the values, a red tick per marker, labels in a
/// CJK font found on this machine (ScottPlot ignores Chinese family names, so the Latin names are tried).
/// </summary>
internal static class ChartPng
{
    public const int Scale = 2;
    public const int Width = 600;

    /// <summary>The most bars one image holds: eight make it about a third of a page tall.</summary>
    public const int MaxBars = 8;
    private const float FontSize = 14;

    private static readonly string[] CjkFonts =
        ["Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "Microsoft YaHei", "SimHei", "PingFang SC"];

    public static int HeightFor(BarChart chart) => 60 + (Math.Max(1, chart.Bars.Length) * 28);

    public static byte[] Render(BarChart chart)
    {
        var plot = new Plot { ScaleFactor = Scale };
        var font = CjkFont();
        plot.Font.Set(font);
        var positions = Enumerable.Range(0, chart.Bars.Length)
            .Select(i => (double)(chart.Bars.Length - 1 - i))
            .ToArray();

        var bars = plot.Add.Bars(positions, chart.Bars.Select(b => b.Value * 100).ToArray());
        bars.Horizontal = true;
        bars.Color = new Color(0x2f, 0x55, 0x97);
        for (var i = 0; i < chart.Bars.Length; i++)
        {
            bars.Bars[i].Label = ChineseNumbers.Percent(chart.Bars[i].Value);
            bars.Bars[i].Size = 0.6;
        }

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
                size: 22,
                color: new Color(0xc0, 0x00, 0x00));
            markers.MarkerStyle.LineWidth = 3;
        }

        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            positions, chart.Bars.Select(b => SafeText.OneLine(b.Label)).ToArray());
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericFixedInterval(20);
        plot.Axes.Left.TickLabelStyle.FontSize = FontSize;
        plot.Axes.Bottom.TickLabelStyle.FontSize = FontSize;
        bars.ValueLabelStyle.FontSize = FontSize;
        var max = chart.Bars.Select(b => Math.Max(b.Value, b.Marker ?? 0)).DefaultIfEmpty(1).Max();
        plot.Axes.SetLimits(0, Math.Max(100, max * 100) * 1.15, -0.6, chart.Bars.Length - 0.4);
        plot.Grid.YAxisStyle.MajorLineStyle.Width = 0;

        // ScottPlot's legend clips CJK text (upstream issue 5213), so the axis title explains bars and ticks.
        plot.Axes.Bottom.Label.Text = marked.Length > 0
            ? $"{chart.ValueLabel}（%），红线为{chart.MarkerLabel}"
            : $"{chart.ValueLabel}（%）";
        plot.Axes.Bottom.Label.FontSize = FontSize;
        plot.Axes.Bottom.Label.Bold = false;
        plot.Font.Set(font);
        return plot.GetImageBytes(Width * Scale, HeightFor(chart) * Scale, ImageFormat.Png);
    }

    private static string CjkFont()
    {
        var installed = SkiaSharp.SKFontManager.Default.GetFontFamilies();
        return CjkFonts.FirstOrDefault(f => installed.Contains(f, StringComparer.OrdinalIgnoreCase))
            ?? Fonts.Detect("各单位推进情况");
    }
}
