namespace Responsibility.Reports.Tests;

using Responsibility.Reports.Rendering;

public class LibreOfficeConversionTests
{
    [Fact]
    public async Task SampleDocxConvertsToANonEmptyPdf()
    {
        var soffice = LibreOffice.Find();
        if (soffice is null)
        {
            // xunit 2 cannot skip at run time: outside CI a machine without LibreOffice passes; CI must have it.
            Assert.False(
                Environment.GetEnvironmentVariable("CI") == "true",
                "CI=true but LibreOffice is missing: apt-get install libreoffice-writer-nogui");
            return;
        }

        // REPORTS_SAMPLE_DIR keeps the DOCX and PDF for a person to look at.
        var kept = Environment.GetEnvironmentVariable("REPORTS_SAMPLE_DIR");
        var dir = kept is { Length: > 0 }
            ? Directory.CreateDirectory(kept).FullName
            : Directory.CreateTempSubdirectory("report-pdf-").FullName;
        var docx = Path.Combine(dir, "sample.docx");
        await File.WriteAllBytesAsync(docx, DocxRenderer.Render(SampleReport.Create()));

        try
        {
            var pdf = await LibreOffice.ConvertToPdfAsync(soffice, docx, dir, TimeSpan.FromSeconds(120));
            var bytes = await File.ReadAllBytesAsync(pdf);

            Assert.True(bytes.Length > 10_000, $"PDF is only {bytes.Length} bytes");
            Assert.Equal("%PDF"u8.ToArray(), bytes[..4]);
        }
        finally
        {
            if (kept is not { Length: > 0 })
            {
                Directory.Delete(dir, recursive: true);
            }
        }
    }
}
