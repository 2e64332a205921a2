namespace Responsibility.Reports.Tests;

using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

/// <summary>
/// A PDF's words with their boxes per page (poppler's <c>pdftotext -bbox</c>) and where its images lie
/// (<c>pdftohtml -xml</c>, which also writes the images beside the PDF), all in points from the top of the page.
/// </summary>
internal static partial class PdfText
{
    public static async Task<PdfPage[]> ReadAsync(string pdf)
    {
        var xhtml = await Run("pdftotext", pdf, "-bbox", pdf, "-");
        var xml = await Run("pdftohtml", pdf, "-xml", "-stdout", "-zoom", "1", "-q", pdf);
        var images = ImagePage().Matches(xml).ToDictionary(
            page => int.Parse(page.Groups["n"].Value, CultureInfo.InvariantCulture),
            page => ImageTag().Matches(page.Groups["body"].Value)
                .Select(i => (Top: Number(i.Groups["top"].Value), Bottom: Number(i.Groups["top"].Value) + Number(i.Groups["h"].Value)))
                .ToArray());
        return PageTag().Matches(xhtml).Select((page, i) => new PdfPage(
            i + 1,
            Number(page.Groups["h"].Value),
            WordTag().Matches(page.Groups["body"].Value).Select(w => new PdfWord(
                Number(w.Groups["x0"].Value), Number(w.Groups["y0"].Value), Number(w.Groups["x1"].Value), Number(w.Groups["y1"].Value),
                WebUtility.HtmlDecode(w.Groups["text"].Value))).ToArray(),
            images.GetValueOrDefault(i + 1, []))).ToArray();
    }

    private static async Task<string> Run(string tool, string pdf, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, WorkingDirectory = Path.GetDirectoryName(pdf) };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return output;
    }

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    [GeneratedRegex("""<page width="[\d.]+" height="(?<h>[\d.]+)">(?<body>.*?)</page>""", RegexOptions.Singleline)]
    private static partial Regex PageTag();

    [GeneratedRegex("""<word xMin="(?<x0>[\d.]+)" yMin="(?<y0>[\d.]+)" xMax="(?<x1>[\d.]+)" yMax="(?<y1>[\d.]+)">(?<text>[^<]*)</word>""")]
    private static partial Regex WordTag();

    [GeneratedRegex("""<page number="(?<n>\d+)"[^>]*>(?<body>.*?)</page>""", RegexOptions.Singleline)]
    private static partial Regex ImagePage();

    [GeneratedRegex(""""<image top="(?<top>[\d.]+)" left="[\d.]+" width="[\d.]+" height="(?<h>[\d.]+)"""")]
    private static partial Regex ImageTag();
}

public sealed record PdfWord(double XMin, double YMin, double XMax, double YMax, string Text);

public sealed record PdfPage(int Number, double Height, PdfWord[] Words, (double Top, double Bottom)[] Images)
{
    /// <summary>The words on lines of their own, top to bottom (a line: words whose tops lie within 3 pt).</summary>
    public List<PdfWord[]> Lines()
    {
        var lines = new List<PdfWord[]>();
        foreach (var word in Words.OrderBy(w => w.YMin))
        {
            if (lines.Count > 0 && Math.Abs(lines[^1][0].YMin - word.YMin) < 3)
            {
                lines[^1] = [.. lines[^1], word];
            }
            else
            {
                lines.Add([word]);
            }
        }

        return lines.Select(l => l.OrderBy(w => w.XMin).ToArray()).ToList();
    }
}
