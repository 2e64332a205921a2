namespace Responsibility.Api.Tests;

using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using Spreadsheet = DocumentFormat.OpenXml.Spreadsheet;
using Word = DocumentFormat.OpenXml.Wordprocessing;

/// <summary>Small files of every accepted kind and of some that are not, built here so nothing binary is checked in.</summary>
public static class SampleFiles
{
    public static byte[] Pdf(int padding = 0) =>
        [.. "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n"u8, .. new byte[padding], .. "%%EOF\n"u8];

    public static byte[] Png() => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, .. "IHDR"u8, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0];

    public static byte[] Jpeg() => [0xFF, 0xD8, 0xFF, 0xE0, 0, 16, .. "JFIF"u8, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xFF, 0xD9];

    public static byte[] Docx(WordprocessingDocumentType type = WordprocessingDocumentType.Document)
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, type))
        {
            doc.AddMainDocumentPart().Document = new Word.Document(new Word.Body(new Word.Paragraph(new Word.Run(new Word.Text("检查记录")))));
        }

        return stream.ToArray();
    }

    public static byte[] Xlsx(SpreadsheetDocumentType type = SpreadsheetDocumentType.Workbook)
    {
        using var stream = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(stream, type))
        {
            var workbook = doc.AddWorkbookPart();
            workbook.Workbook = new Spreadsheet.Workbook(new Spreadsheet.Sheets());
        }

        return stream.ToArray();
    }

    /// <summary>A zip that is no office document (a renamed archive).</summary>
    public static byte[] Zip()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("readme.txt").Open());
            writer.Write("not a document");
        }

        return stream.ToArray();
    }

    public static byte[] Html() => Encoding.UTF8.GetBytes("<html><script>alert(1)</script></html>");

    public static MultipartFormDataContent Form(byte[] content, string fileName, string field = "file")
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return new MultipartFormDataContent { { file, field, fileName } };
    }
}
