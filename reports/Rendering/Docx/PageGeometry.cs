namespace Responsibility.Reports.Rendering.Docx;

/// <summary>
/// GB/T 9704-2012 page geometry in twips: A4, 版心 156 mm × 225 mm, 22 lines of 28 三号 characters.
/// </summary>
internal static class PageGeometry
{
    public const int Width = 11906, Height = 16838;
    public const int Top = 2098, Bottom = 1984, Left = 1588, Right = 1474;
    public const int Footer = 1304, Header = 851;
    public const int TextWidth = Width - Left - Right;

    /// <summary>225 mm / 22 lines = 28.95 pt; 580 would leave room for 21 lines only.</summary>
    public const int LinePitch = 579;

    /// <summary>
    /// Character spacing of 三号 runs in twentieths of a point: 28 characters of 15.75 pt fill 156 mm (16 pt gives 27).
    /// A character grid (linesAndChars, charSpace -849) would do this in Word, but LibreOffice then gives each
    /// 16 pt character two 15.8 pt cells, 14 to a line.
    /// </summary>
    public const int SanhaoSpacing = -5;

    public const int TitleLineHeight = 700;

    /// <summary>One character of 三号 on the grid, for tab stops.</summary>
    public const int CharWidth = TextWidth / 28;

    public const long EmuPerTwip = 635;
}
