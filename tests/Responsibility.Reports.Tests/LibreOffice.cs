namespace Responsibility.Reports.Tests;

using System.Diagnostics;

/// <summary>Headless LibreOffice, each conversion with a profile of its own (two sharing one fail silently).</summary>
internal static class LibreOffice
{
    private static readonly string[] Candidates =
        ["/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/local/bin/soffice"];

    public static string? Find() => Candidates.FirstOrDefault(File.Exists);

    /// <summary>The fontconfig file mapping the 公文 font names to the free fonts most like them.</summary>
    public const string GongwenFonts = "fonts.conf";

    /// <summary>A machine without the 公文 fonts: Latin text in a proportional face wider than theirs (fonts/proportional.conf).</summary>
    public const string ProportionalFonts = "proportional.conf";

    /// <summary>
    /// Prints documents in one LibreOffice start and reads their pages back, in order; null on a machine without
    /// LibreOffice outside CI (xunit 2 cannot skip at run time; CI must have it). REPORTS_SAMPLE_DIR/<paramref name="sample"/>
    /// keeps the DOCX and PDF files for a person to look at.
    /// </summary>
    public static async Task<PdfPage[][]?> PrintAsync(string sample, (string Name, byte[] Docx)[] documents, string fonts = GongwenFonts)
    {
        var soffice = Find();
        if (soffice is null)
        {
            Assert.False(Environment.GetEnvironmentVariable("CI") == "true", "CI=true but LibreOffice is missing");
            return null;
        }

        var kept = Environment.GetEnvironmentVariable("REPORTS_SAMPLE_DIR");
        var dir = kept is { Length: > 0 }
            ? Directory.CreateDirectory(Path.Combine(kept, sample)).FullName
            : Directory.CreateTempSubdirectory("report-print-").FullName;
        try
        {
            var files = documents.Select(d => Path.Combine(dir, d.Name + ".docx")).ToArray();
            for (var i = 0; i < files.Length; i++)
            {
                await File.WriteAllBytesAsync(files[i], documents[i].Docx);
            }

            var pdfs = await ConvertToPdfAsync(soffice, files, dir, TimeSpan.FromSeconds(180), fonts);
            var pages = new PdfPage[pdfs.Length][];
            for (var i = 0; i < pdfs.Length; i++)
            {
                pages[i] = await PdfText.ReadAsync(pdfs[i]);
            }

            return pages;
        }
        finally
        {
            if (kept is not { Length: > 0 })
            {
                Directory.Delete(dir, recursive: true);
            }
        }
    }

    public static async Task<string> ConvertToPdfAsync(string soffice, string docx, string outDir, TimeSpan timeout) =>
        (await ConvertToPdfAsync(soffice, [docx], outDir, timeout))[0];

    /// <summary>Converts several documents in one LibreOffice start (the slow part); answers the PDFs in order.</summary>
    public static async Task<string[]> ConvertToPdfAsync(
        string soffice, string[] docxFiles, string outDir, TimeSpan timeout, string fonts = GongwenFonts)
    {
        var profile = Path.Combine(Path.GetTempPath(), $"lo-prof-{Guid.NewGuid():N}");
        var start = new ProcessStartInfo(soffice)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            ArgumentList =
            {
                $"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf", "--outdir", outDir,
            },
        };
        foreach (var docx in docxFiles)
        {
            start.ArgumentList.Add(docx);
        }

        // The 公文 font names exist only on Windows; this file maps them to the free Debian fonts.
        var fontConfig = Path.Combine(AppContext.BaseDirectory, "fonts", fonts);
        if (File.Exists(fontConfig))
        {
            start.Environment["FONTCONFIG_FILE"] = fontConfig;
        }

        using var process = Process.Start(start)!;
        using var cancel = new CancellationTokenSource(timeout);
        var output = process.StandardOutput.ReadToEndAsync(cancel.Token);
        var errors = process.StandardError.ReadToEndAsync(cancel.Token);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"LibreOffice did not finish within {timeout}");
        }
        finally
        {
            TryDelete(profile);
        }

        var pdfs = docxFiles.Select(docx => Path.Combine(outDir, Path.GetFileNameWithoutExtension(docx) + ".pdf")).ToArray();
        return pdfs.All(File.Exists)
            ? pdfs
            : throw new InvalidOperationException($"no PDF (exit {process.ExitCode}): {await output} {await errors}");
    }

    private static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
