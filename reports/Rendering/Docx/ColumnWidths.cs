namespace Responsibility.Reports.Rendering.Docx;

/// <summary>
/// Sizes table columns to their content, as a browser's automatic table layout does. Each column is at least as wide
/// as its widest unbreakable cell text — a figure ("101.3%", "+12.5"), a short word ("未填报", "科技信息室"); a
/// header may take two lines. What is left of the text width goes to the columns that want more (long names and
/// titles, long headers), in proportion to how much more they would need to fit on one line. When even the minimums
/// do not fit, the table steps down a font size. Widths are estimated in em (<see cref="Em"/>) for the widest font a
/// table may be printed in, so that a figure never breaks inside its cell ("100.0" / "%").
/// </summary>
internal static class ColumnWidths
{
    /// <summary>Left and right cell margin, in twips (1 mm).</summary>
    public const int CellMargin = 57;

    /// <summary>Room for the difference between our em estimate and a real font's advance widths.</summary>
    private const int Slack = 30;

    /// <summary>Data cells up to this many em stay on one line; longer text wraps.</summary>
    private const double ShortCell = 6;

    /// <summary>A wrapping text column still keeps this many em, so names do not break character by character.</summary>
    private const double WrapFloor = 4;

    public static (int HalfPoints, int[] Widths) Fit(string[] headers, string[][] rows, int[] sizes, int totalWidth)
    {
        foreach (var size in sizes)
        {
            var (min, preferred) = Measure(headers, rows, size);
            if (min.Sum() <= totalWidth)
            {
                return (size, Share(min, preferred, Wrapping(headers, rows), totalWidth));
            }
        }

        var smallest = sizes[^1];
        var (minimum, _) = Measure(headers, rows, smallest);
        return (smallest, Scale(minimum, totalWidth));
    }

    /// <summary>The width in twips a cell's text needs on one line at <paramref name="halfPoints"/>, margins included.</summary>
    private static int Twips(double em, int halfPoints) => (int)Math.Ceiling(em * halfPoints * 10) + (2 * CellMargin) + Slack;

    /// <summary>
    /// The width of text on one line, in em, in the widest font it may be printed in (<see cref="TextRules.WidestEmWidth"/>),
    /// with ¼ em more where Chinese meets Latin text, for the space Word and LibreOffice put between them.
    /// </summary>
    public static double Em(string text)
    {
        var width = TextRules.WidestEmWidth(text);
        for (var i = 1; i < text.Length; i++)
        {
            if (IsCjk(text[i - 1]) != IsCjk(text[i]) && char.IsAsciiLetterOrDigit(IsCjk(text[i]) ? text[i - 1] : text[i]))
            {
                width += 0.25;
            }
        }

        return width;
    }

    /// <summary>Whether <paramref name="text"/> fits on one line in a column <paramref name="width"/> twips wide.</summary>
    public static bool Fits(string text, int width, int halfPoints) => Twips(Em(text), halfPoints) <= width;

    /// <summary>A header too long for its column, on two lines: before its bracket ("较上月" / "（百分点）"), else halved.</summary>
    public static string Wrap(string header)
    {
        var bracket = header.IndexOfAny(['（', '(']);
        var at = bracket > 0 ? bracket : (header.Length + 1) / 2;
        return header[..at] + "\n" + header[at..];
    }

    /// <summary>A data cell short enough (a figure, a word, a unit's name) never to wrap, in Word or in a browser.</summary>
    public static bool StaysOnOneLine(string cell) => Em(cell) <= ShortCell;

    /// <summary>The widest part of a data cell that must stay on one line.</summary>
    private static double Unbreakable(string cell) =>
        StaysOnOneLine(cell) ? Em(cell) : Math.Max(WrapFloor, LongestLatinRun(cell));

    /// <summary>A header may take two lines (<see cref="Wrap"/>), but words of up to three characters stay whole.</summary>
    private static double HeaderUnbreakable(string header) =>
        Em(header) <= 3 ? Em(header) : Wrap(header).Split('\n').Max(Em);

    private static (int[] Min, int[] Preferred) Measure(string[] headers, string[][] rows, int halfPoints)
    {
        var min = new int[headers.Length];
        var preferred = new int[headers.Length];
        for (var i = 0; i < headers.Length; i++)
        {
            var cells = Column(rows, i).ToList();
            min[i] = Twips(cells.Select(Unbreakable).Append(HeaderUnbreakable(headers[i])).Max(), halfPoints);
            preferred[i] = Twips(cells.Append(headers[i]).Max(Em), halfPoints);
        }

        return (min, preferred);
    }

    private static int[] Share(int[] min, int[] preferred, bool[] wrapping, int total)
    {
        var widths = new int[min.Length];
        if (preferred.Sum() <= total)
        {
            // Everything fits on one line: the spare width goes to the text columns (or to all when there are none).
            var takers = wrapping.Any(w => w) ? wrapping : wrapping.Select(_ => true).ToArray();
            var spare = total - preferred.Sum();
            var weight = preferred.Where((_, i) => takers[i]).Sum();
            for (var i = 0; i < widths.Length; i++)
            {
                widths[i] = preferred[i] + (takers[i] ? (int)((long)spare * preferred[i] / weight) : 0);
            }
        }
        else
        {
            var room = total - min.Sum();
            var want = preferred.Select((p, i) => p - min[i]).ToArray();
            var wanted = want.Sum();
            for (var i = 0; i < widths.Length; i++)
            {
                widths[i] = min[i] + (wanted == 0 ? 0 : (int)((long)room * want[i] / wanted));
            }
        }

        widths[Array.IndexOf(widths, widths.Max())] += total - widths.Sum();
        return widths;
    }

    private static int[] Scale(int[] min, int total)
    {
        var sum = min.Sum();
        var widths = min.Select(m => (int)((long)m * total / sum)).ToArray();
        widths[Array.IndexOf(widths, widths.Max())] += total - widths.Sum();
        return widths;
    }

    /// <summary>Text columns: some data cell is longer than a short word and so may wrap.</summary>
    private static bool[] Wrapping(string[] headers, string[][] rows) => headers
        .Select((_, i) => Column(rows, i).Any(c => Em(c) > WrapFloor && c.Any(IsCjk)))
        .ToArray();

    private static IEnumerable<string> Column(string[][] rows, int i) => rows.Select(r => i < r.Length ? r[i] : "");

    private static double LongestLatinRun(string text) => text
        .Runs(c => IsCjk(c) || char.IsWhiteSpace(c))
        .Select(Em)
        .DefaultIfEmpty(0)
        .Max();

    private static bool IsCjk(char c) => c >= 0x2E80;

    private static string[] Runs(this string text, Func<char, bool> separator)
    {
        var runs = new List<string>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || separator(text[i]))
            {
                runs.Add(text[start..i]);
                start = i + 1;
            }
        }

        return [.. runs];
    }
}
