namespace Responsibility.Reports.Rendering.Docx;

using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

/// <summary>
/// Page numbers as GB/T 9704-2012 places them: "— 1 —" in 宋体 四号, odd pages right and even pages left, each one
/// character in from the margin. Word needs <c>evenAndOddHeaders</c> in the settings to use the even footer.
/// </summary>
internal static class DocxFooters
{
    public static IEnumerable<FooterReference> Add(MainDocumentPart main)
    {
        yield return new FooterReference { Type = HeaderFooterValues.Even, Id = AddFooter(main, odd: false) };
        yield return new FooterReference { Type = HeaderFooterValues.Default, Id = AddFooter(main, odd: true) };
    }

    private static string AddFooter(MainDocumentPart main, bool odd)
    {
        var part = main.AddNewPart<FooterPart>();
        var indentation = odd
            ? DocxParagraphs.RightIndent(1, GongwenFonts.Sihao)
            : DocxParagraphs.LeftIndent(1, GongwenFonts.Sihao);
        part.Footer = new Footer(new Paragraph(
            new ParagraphProperties(
                new SnapToGrid { Val = false },
                DocxParagraphs.Single(),
                indentation,
                new Justification { Val = odd ? JustificationValues.Right : JustificationValues.Left }),
            Text("— "),
            Field(new FieldChar { FieldCharType = FieldCharValues.Begin }),
            Field(new FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve }),
            Field(new FieldChar { FieldCharType = FieldCharValues.Separate }),
            Text("1"),
            Field(new FieldChar { FieldCharType = FieldCharValues.End }),
            Text(" —")));
        return main.GetIdOfPart(part);
    }

    private static Run Text(string text) => DocxRuns.Text(text, GongwenFonts.Song, GongwenFonts.Sihao);

    private static Run Field(OpenXmlElement element) =>
        new(DocxRuns.Properties(GongwenFonts.Song, GongwenFonts.Sihao), element);
}
