namespace Responsibility.Reports.Rendering;

using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Numbering = Responsibility.Reports.Document.Numbering;
using Paragraph = Responsibility.Reports.Document.Paragraph;
using Responsibility.Grains.Abstractions.Text;
using Responsibility.Reports.Document;
using Responsibility.Reports.Rendering.Docx;
using Table = Responsibility.Reports.Document.Table;

/// <summary>
/// Renders a 公文 as a Word document laid out per GB/T 9704-2012: A4, 22 lines of 28 三号 characters, 方正小标宋简体
/// title, 黑体/楷体/仿宋 headings, 仿宋 body, page numbers "— 1 —", charts as PNG images.
/// </summary>
public static class DocxRenderer
{
    public static byte[] Render(ReportDocument document)
    {
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = package.AddMainDocumentPart();
            DocxSettings.Add(main);
            var body = new Body();
            body.Append(Front(document));
            var numbering = new Numbering();
            uint imageId = 1;
            foreach (var block in document.Body)
            {
                body.Append(Block(main, block, numbering, ref imageId));
            }

            // GB/T 9704-2012 allows no page with the 落款 alone: the last body paragraph goes with it.
            if (body.LastChild is DocumentFormat.OpenXml.Wordprocessing.Paragraph { ParagraphProperties: { } last })
            {
                last.KeepNext = new KeepNext();
            }

            body.Append(Closing(document));
            body.Append(DocxSection.Create(DocxFooters.Add(main)));
            main.Document = new DocumentFormat.OpenXml.Wordprocessing.Document(body);

            package.PackageProperties.Title = SafeText.OneLine(string.Concat(document.TitleLines));
            package.PackageProperties.Creator = TextRules.IssuerLines(document.Issuer).Select(SafeText.OneLine).FirstOrDefault();
            package.PackageProperties.Language = "zh-CN";
        }

        return stream.ToArray();
    }

    private static IEnumerable<OpenXmlElement> Front(ReportDocument document)
    {
        if (document.Masthead.Length > 0)
        {
            foreach (var line in document.Masthead)
            {
                yield return DocxParagraphs.Masthead(line);
            }

            yield return DocxParagraphs.Blank();
            yield return DocxParagraphs.MastheadNumber(document.DocumentNumber ?? "");
            yield return DocxParagraphs.Blank();
            document = document with { DocumentNumber = null };
        }

        foreach (var line in document.TitleLines)
        {
            yield return DocxParagraphs.Title(line);
        }

        yield return DocxParagraphs.Blank();
        if (document.DocumentNumber is not null || document.Signer is not null)
        {
            yield return DocxParagraphs.NumberAndSigner(document.DocumentNumber, document.Signer);
            yield return DocxParagraphs.Blank();
        }

        if (document.Recipient is not null)
        {
            yield return DocxParagraphs.FlushLeft(TextRules.Recipient(document.Recipient));
        }
    }

    private static IEnumerable<OpenXmlElement> Block(
        MainDocumentPart main, Block block, Numbering numbering, ref uint imageId)
    {
        switch (block)
        {
            case Heading h:
                return [DocxParagraphs.Heading(h.Level, numbering.Next(h.Level) + h.Text)];
            case Paragraph p when p.RunIn is not null:
                var runIn = numbering.Next(p.RunInLevel) + TextRules.RunIn(p.RunIn);
                return [DocxParagraphs.Body(
                    DocxRuns.Text(runIn, GongwenFonts.ForHeading(p.RunInLevel), GongwenFonts.Sanhao),
                    DocxRuns.Text(p.Text, GongwenFonts.FangSong, GongwenFonts.Sanhao))];
            case Paragraph p:
                return [DocxParagraphs.Body(DocxRuns.Text(p.Text, GongwenFonts.FangSong, GongwenFonts.Sanhao))];
            case NameList n:
                return DocxNameLists.Render(n).ToArray();
            case Table t:
                return DocxTables.Render(t.Caption, t.Headers, t.Rows).ToArray();
            case BarChart c:
                return DocxCharts.Render(main, c, ref imageId);
            default:
                return [];
        }
    }

    private static IEnumerable<OpenXmlElement> Closing(ReportDocument document)
    {
        var date = ChineseNumbers.Date(document.Date);
        yield return DocxParagraphs.Blank(keepWithNext: true);
        foreach (var line in TextRules.IssuerLines(document.Issuer))
        {
            yield return DocxParagraphs.Right(line, TextRules.IssuerRightIndent(line, date), keepWithNext: true);
        }

        yield return DocxParagraphs.Right(date, TextRules.DateRightIndent);
    }
}
