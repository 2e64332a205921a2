namespace Responsibility.Api.Tests;

using System.Text;
using DocumentFormat.OpenXml;
using Responsibility.Api.Attachments;

/// <summary>A file's kind comes from its bytes: every accepted kind is recognised, and lookalikes are not.</summary>
public sealed class FileSnifferTests
{
    public static TheoryData<string, byte[], string> Accepted => new()
    {
        { "pdf", SampleFiles.Pdf(), "application/pdf" },
        { "png", SampleFiles.Png(), "image/png" },
        { "jpeg", SampleFiles.Jpeg(), "image/jpeg" },
        { "docx", SampleFiles.Docx(), FileKind.Docx.ContentType },
        { "xlsx", SampleFiles.Xlsx(), FileKind.Xlsx.ContentType },
    };

    public static TheoryData<string, byte[]> Refused => new()
    {
        { "html", SampleFiles.Html() },
        { "plain zip", SampleFiles.Zip() },
        { "word template", SampleFiles.Docx(WordprocessingDocumentType.Template) },
        { "macro-enabled word", SampleFiles.Docx(WordprocessingDocumentType.MacroEnabledDocument) },
        { "macro-enabled excel", SampleFiles.Xlsx(SpreadsheetDocumentType.MacroEnabledWorkbook) },
        { "zip signature then garbage", [0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8] },
        { "windows program", Encoding.ASCII.GetBytes("MZ\u0090\0\u0003\0\0\0") },
        { "pdf signature late", Encoding.ASCII.GetBytes("   %PDF-1.4") },
        { "empty", [] },
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public void AcceptedKindIsReadFromItsBytes(string what, byte[] content, string contentType)
    {
        using var stream = new MemoryStream(content);

        var kind = FileSniffer.Detect(stream);

        Assert.True(kind?.ContentType == contentType, what);
        Assert.Equal(0, stream.Position);
    }

    public static TheoryData<string, byte[], bool> Pdfs => new()
    {
        { "end marker last", SampleFiles.Pdf(), true },
        { "line breaks and bytes after the end marker", [.. SampleFiles.Pdf(), .. "\r\n\0\0"u8, .. new byte[900]], true },
        { "end marker then an incremental update", [.. SampleFiles.Pdf(), .. "2 0 obj << >> endobj\n%%EOF\n"u8], true },
        { "cut short", [.. "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n"u8, .. new byte[5000]], false },
        { "end marker followed by more than a KiB", [.. SampleFiles.Pdf(), .. new byte[1100]], false },
        { "signature only", "%PDF-1.7"u8.ToArray(), false },
    };

    [Theory]
    [MemberData(nameof(Pdfs))]
    public void PdfIsCompleteOnlyWithItsEndMarkerNearItsEnd(string what, byte[] content, bool complete)
    {
        using var stream = new MemoryStream(content);

        var whole = FileSniffer.IsComplete(stream, FileKind.Pdf);

        Assert.True(whole == complete, what);
        Assert.Equal(0, stream.Position);
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public void LookalikeIsNoAcceptedKind(string what, byte[] content)
    {
        using var stream = new MemoryStream(content);

        Assert.True(FileSniffer.Detect(stream) is null, what);
    }
}
