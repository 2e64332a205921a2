namespace Responsibility.Api.Attachments;

using System.IO.Compression;
using System.Xml;

/// <summary>
/// What a file is, read from its bytes and never from its name: a PDF, PNG or JPEG by its signature, a Word or Excel
/// document by being a zip whose package names a document (not a template or a macro workbook) as its main part.
/// Anything else is null. A PDF must also be whole (<see cref="IsComplete"/>).
/// </summary>
public static class FileSniffer
{
    private const string OfficeDocument = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
    private const string WordMain = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private const string ExcelMain = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

    // The package's two small parts are read whole; a larger one is no document we made or expect.
    private const int MaxPackagePartBytes = 256 * 1024;

    // Writers leave a line break, and some a few bytes more, after a PDF's end marker; a KiB holds them all.
    private const int PdfTailBytes = 1024;

    private static readonly byte[] PdfSignature = "%PDF-"u8.ToArray();
    private static readonly byte[] PdfEnd = "%%EOF"u8.ToArray();
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] JpegSignature = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] ZipSignature = [0x50, 0x4B, 0x03, 0x04];

    /// <summary>The kind of a seekable stream's content; the stream is left at its start.</summary>
    public static FileKind? Detect(Stream content)
    {
        var head = new byte[8];
        content.Position = 0;
        var read = content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        content.Position = 0;
        var start = head.AsSpan(0, read);
        return start.StartsWith(PdfSignature) ? FileKind.Pdf
            : start.StartsWith(PngSignature) ? FileKind.Png
            : start.StartsWith(JpegSignature) ? FileKind.Jpeg
            : start.StartsWith(ZipSignature) ? Package(content)
            : null;
    }

    /// <summary>
    /// Whether a file of a recognised kind arrived whole: a PDF cut short (an interrupted download or scan) lacks the
    /// end marker near its end. The stream is left at its start.
    /// </summary>
    public static bool IsComplete(Stream content, FileKind kind)
    {
        if (kind != FileKind.Pdf)
        {
            return true;
        }

        var tail = new byte[Math.Min(PdfTailBytes, content.Length)];
        content.Position = content.Length - tail.Length;
        content.ReadExactly(tail);
        content.Position = 0;
        return tail.AsSpan().IndexOf(PdfEnd) >= 0;
    }

    private static FileKind? Package(Stream content)
    {
        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            var main = MainPart(zip);
            var type = main is null ? null : ContentType(zip, main);
            return main is null || zip.GetEntry(main.TrimStart('/')) is null ? null
                : type == WordMain ? FileKind.Docx
                : type == ExcelMain ? FileKind.Xlsx
                : null;
        }
        catch (Exception e) when (e is InvalidDataException or XmlException or IOException)
        {
            return null;
        }
        finally
        {
            content.Position = 0;
        }
    }

    /// <summary>The part the package's relationships name as its office document, as an absolute part name.</summary>
    private static string? MainPart(ZipArchive zip)
    {
        using var rels = Read(zip, "_rels/.rels");
        while (rels?.Read() == true)
        {
            if (rels is { NodeType: XmlNodeType.Element, LocalName: "Relationship" }
                && rels.GetAttribute("Type") == OfficeDocument && rels.GetAttribute("Target") is { Length: > 0 } target)
            {
                return "/" + target.TrimStart('/');
            }
        }

        return null;
    }

    /// <summary>A part's content type: its own override, else the default for its extension.</summary>
    private static string? ContentType(ZipArchive zip, string partName)
    {
        using var types = Read(zip, "[Content_Types].xml");
        var extension = Path.GetExtension(partName).TrimStart('.');
        string? byDefault = null;
        while (types?.Read() == true)
        {
            if (types.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (types.LocalName == "Override" && string.Equals(types.GetAttribute("PartName"), partName, StringComparison.OrdinalIgnoreCase))
            {
                return types.GetAttribute("ContentType");
            }

            if (types.LocalName == "Default" && string.Equals(types.GetAttribute("Extension"), extension, StringComparison.OrdinalIgnoreCase))
            {
                byDefault = types.GetAttribute("ContentType");
            }
        }

        return byDefault;
    }

    private static XmlReader? Read(ZipArchive zip, string name)
    {
        var entry = zip.GetEntry(name);
        if (entry is null || entry.Length > MaxPackagePartBytes)
        {
            return null;
        }

        // The declared length may lie: read one byte past the bound to know.
        var buffer = new byte[MaxPackagePartBytes + 1];
        int read;
        using (var stream = entry.Open())
        {
            read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        }

        return read > MaxPackagePartBytes ? null : XmlReader.Create(
            new MemoryStream(buffer, 0, read), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
    }
}
