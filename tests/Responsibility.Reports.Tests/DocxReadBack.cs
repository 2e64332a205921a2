namespace Responsibility.Reports.Tests;

using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Responsibility.Reports.Rendering;

/// <summary>The sample rendered to DOCX and read back with the Open XML SDK, with look-ups the tests share.</summary>
internal sealed class DocxReadBack : IDisposable
{
    private readonly MemoryStream stream;

    public DocxReadBack(byte[]? docx = null)
    {
        stream = new MemoryStream(docx ?? DocxRenderer.Render(SampleReport.Create()));
        Package = WordprocessingDocument.Open(stream, false);
    }

    public WordprocessingDocument Package { get; }

    public MainDocumentPart Main => Package.MainDocumentPart!;

    public Body Body => Main.Document!.Body!;

    public IEnumerable<Paragraph> Paragraphs => Body.Elements<Paragraph>();

    public Paragraph ParagraphStartingWith(string text) =>
        Paragraphs.Single(p => p.InnerText.StartsWith(text, StringComparison.Ordinal));

    public static Run RunStartingWith(Paragraph paragraph, string text) =>
        paragraph.Elements<Run>().First(r => r.InnerText.StartsWith(text, StringComparison.Ordinal));

    public static string? EastAsiaFont(Run run) => run.RunProperties?.RunFonts?.EastAsia?.Value;

    public static string? Size(Run run) => run.RunProperties?.FontSize?.Val?.Value;

    public void Dispose()
    {
        Package.Dispose();
        stream.Dispose();
    }
}
