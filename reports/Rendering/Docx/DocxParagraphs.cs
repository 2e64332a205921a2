namespace Responsibility.Reports.Rendering.Docx;

using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

/// <summary>Each kind of 公文 line; property children in schema order (tabs, spacing, ind, jc, outline).</summary>
internal static class DocxParagraphs
{
    private const string MastheadRed = "C00000";

    public static SpacingBetweenLines Exact(int twips) =>
        new() { Before = "0", After = "0", Line = twips.ToString(), LineRule = LineSpacingRuleValues.Exact };

    public static SpacingBetweenLines Single() =>
        new() { Before = "0", After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto };

    /// <summary>
    /// Indents in characters for Word/WPS (<c>firstLineChars</c> wins there) and in twips for LibreOffice, which
    /// ignores the character units.
    /// </summary>
    public static Indentation FirstLineIndent() => new() { FirstLine = Twips(2), FirstLineChars = 200 };

    public static Indentation RightIndent(double chars, int halfPoints = GongwenFonts.Sanhao) =>
        new() { Right = Twips(chars, halfPoints), RightChars = (int)Math.Round(chars * 100) };

    public static Indentation LeftIndent(double chars, int halfPoints = GongwenFonts.Sanhao) =>
        new() { Left = Twips(chars, halfPoints), LeftChars = (int)Math.Round(chars * 100) };

    /// <summary>Every line <paramref name="leftChars"/> in, the first <paramref name="hangingChars"/> back out of it.</summary>
    public static Indentation HangingIndent(double leftChars, double hangingChars) => new()
    {
        Left = Twips(leftChars), LeftChars = (int)Math.Round(leftChars * 100),
        Hanging = Twips(hangingChars), HangingChars = (int)Math.Round(hangingChars * 100),
    };

    public static Paragraph Title(string line) => new(
        new ParagraphProperties(
            Exact(PageGeometry.TitleLineHeight),
            new Justification { Val = JustificationValues.Center }),
        DocxRuns.Text(line, GongwenFonts.XiaoBiaoSong, GongwenFonts.Erhao));

    /// <summary>A line of the 发文机关标志: red 小标宋, centred.</summary>
    public static Paragraph Masthead(string line) => new(
        new ParagraphProperties(
            Exact(PageGeometry.TitleLineHeight),
            new Justification { Val = JustificationValues.Center }),
        DocxRuns.Text(line, GongwenFonts.XiaoBiaoSong, GongwenFonts.Erhao, colour: MastheadRed));

    /// <summary>The 文号 under the 发文机关标志, centred, over the red separator line.</summary>
    public static Paragraph MastheadNumber(string number) => new(
        new ParagraphProperties(
            new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 12, Color = MastheadRed, Space = 4 }),
            Exact(PageGeometry.LinePitch),
            new Justification { Val = JustificationValues.Center }),
        DocxRuns.Text(number, GongwenFonts.FangSong, GongwenFonts.Sanhao));

    public static Paragraph Blank(bool keepWithNext = false) =>
        new(new ParagraphProperties(new KeepNext { Val = keepWithNext }, Exact(PageGeometry.LinePitch)));

    /// <summary>A body line: two-character first-line indent, justified.</summary>
    public static Paragraph Body(params Run[] runs) => new Paragraph(
        new ParagraphProperties(
            Exact(PageGeometry.LinePitch),
            FirstLineIndent(),
            new Justification { Val = JustificationValues.Both })).AppendRuns(runs);

    public static Paragraph Heading(int level, string text) => new(
        new ParagraphProperties(
            new KeepNext(),
            Exact(PageGeometry.LinePitch),
            FirstLineIndent(),
            new Justification { Val = JustificationValues.Both },
            new OutlineLevel { Val = Math.Clamp(level, 1, 4) - 1 }),
        DocxRuns.Text(text, GongwenFonts.ForHeading(level), GongwenFonts.Sanhao));

    /// <summary>A line flush with the left margin (主送).</summary>
    public static Paragraph FlushLeft(string text) => new(
        new ParagraphProperties(Exact(PageGeometry.LinePitch)),
        DocxRuns.Text(text, GongwenFonts.FangSong, GongwenFonts.Sanhao));

    /// <summary>A right-aligned line <paramref name="rightChars"/> characters in from the right margin.</summary>
    public static Paragraph Right(string text, double rightChars, bool keepWithNext = false) => new(
        new ParagraphProperties(
            new KeepNext { Val = keepWithNext },
            Exact(PageGeometry.LinePitch),
            RightIndent(rightChars),
            new Justification { Val = JustificationValues.Right }),
        DocxRuns.Text(text, GongwenFonts.FangSong, GongwenFonts.Sanhao));

    /// <summary>文号 one character in from the left, 签发人 (name in 楷体) one character in from the right.</summary>
    public static Paragraph NumberAndSigner(string? number, string? signer)
    {
        var paragraph = new Paragraph(new ParagraphProperties(
            new Tabs(new TabStop
            {
                Val = TabStopValues.Right, Position = PageGeometry.TextWidth - PageGeometry.CharWidth,
            }),
            Exact(PageGeometry.LinePitch),
            LeftIndent(1)));
        if (number is not null)
        {
            paragraph.Append(DocxRuns.Text(number, GongwenFonts.FangSong, GongwenFonts.Sanhao));
        }

        if (signer is not null)
        {
            paragraph.Append(
                new Run(DocxRuns.Properties(GongwenFonts.FangSong, GongwenFonts.Sanhao), new TabChar()),
                DocxRuns.Text("签发人：", GongwenFonts.FangSong, GongwenFonts.Sanhao),
                DocxRuns.Text(signer, GongwenFonts.Kai, GongwenFonts.Sanhao));
        }

        return paragraph;
    }

    private static string Twips(double chars, int halfPoints = GongwenFonts.Sanhao) =>
        ((int)Math.Round(chars * halfPoints * 10)).ToString();

    private static Paragraph AppendRuns(this Paragraph paragraph, IEnumerable<Run> runs)
    {
        paragraph.Append(runs);
        return paragraph;
    }
}
