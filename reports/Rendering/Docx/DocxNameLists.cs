namespace Responsibility.Reports.Rendering.Docx;

using DocumentFormat.OpenXml.Wordprocessing;
using NameList = Responsibility.Reports.Document.NameList;

/// <summary>
/// A <see cref="NameList"/> as one paragraph per printed line, broken between names: the first line holds the label
/// two characters in, the others start under the first name. A line of its own each, so that the 落款, which must not
/// stand alone on a page, needs to take only the last line of a long list along to the next page, not all of it.
/// </summary>
internal static class DocxNameLists
{
    private const string Separator = "、";

    public static IEnumerable<Paragraph> Render(NameList list)
    {
        var label = SafeText.OneLine(list.Label) + "：";
        var hanging = TextRules.EmWidth(label);
        var indent = 2 + hanging;

        // A 三号 character advances 16 pt less the run spacing; one character is kept spare for the fonts' rounding.
        var perLine = ((PageGeometry.TextWidth - (indent * GongwenFonts.Sanhao * 10)) / ((GongwenFonts.Sanhao * 10) + PageGeometry.SanhaoSpacing)) - 1;
        var lines = Lines(list.Names.Select(SafeText.OneLine).Where(n => n.Length > 0), perLine);
        for (var i = 0; i < lines.Count; i++)
        {
            var paragraph = new Paragraph(new ParagraphProperties(
                DocxParagraphs.Exact(PageGeometry.LinePitch),
                DocxParagraphs.HangingIndent(indent, i == 0 ? hanging : 0),
                new Justification { Val = JustificationValues.Left }));
            if (i == 0)
            {
                paragraph.Append(DocxRuns.Text(label, GongwenFonts.Hei, GongwenFonts.Sanhao));
            }

            paragraph.Append(DocxRuns.Text(lines[i], GongwenFonts.FangSong, GongwenFonts.Sanhao));
            yield return paragraph;
        }
    }

    /// <summary>The names joined by "、" into lines of at most <paramref name="perLine"/> em; a longer name has a line to itself.</summary>
    private static List<string> Lines(IEnumerable<string> names, double perLine)
    {
        var lines = new List<string> { "" };
        foreach (var name in names)
        {
            var joined = lines[^1].Length == 0 ? name : lines[^1] + Separator + name;
            if (lines[^1].Length > 0 && TextRules.WidestEmWidth(joined + Separator) > perLine)
            {
                lines[^1] += Separator;
                lines.Add(name);
            }
            else
            {
                lines[^1] = joined;
            }
        }

        return lines;
    }
}
