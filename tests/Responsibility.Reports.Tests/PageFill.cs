namespace Responsibility.Reports.Tests;

/// <summary>How far down a printed page its text reaches, as a share of the GB/T 9704-2012 text block.</summary>
internal static class PageFill
{
    /// <summary>The text block on A4, in points: 37 mm from the top, 35 mm from the bottom.</summary>
    public const double TextTop = 37 / 25.4 * 72, TextBottomMargin = 35 / 25.4 * 72;

    public static double Of(PdfPage page) => (TextBottom(page) - TextTop) / (page.Height - TextTop - TextBottomMargin);

    /// <summary>The lowest text or picture inside the text block (the page number lies below it).</summary>
    private static double TextBottom(PdfPage page) => page.Words.Select(w => w.YMax)
        .Concat(page.Images.Select(i => i.Bottom))
        .Where(bottom => bottom < page.Height - TextBottomMargin + 4)
        .DefaultIfEmpty(TextTop)
        .Max();
}
