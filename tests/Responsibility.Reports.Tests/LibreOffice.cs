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
