namespace Responsibility.Api.Attachments;

using System.Globalization;
using System.Text;

/// <summary>
/// A file name as a browser may send it, made safe to store, show and offer for download: no folders, no control or
/// direction-changing characters, nothing a file system refuses, a bounded length, and an extension that says what
/// the content is (a PNG named 报告.exe is kept as 报告.exe.png).
/// </summary>
public static class FileNames
{
    public const string Fallback = "附件";

    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    };

    public static string Clean(string? name, FileKind kind, int maxLength)
    {
        var last = (name ?? "").Split('/', '\\').Last();
        var text = new StringBuilder(last.Length);
        foreach (var c in last.Normalize(NormalizationForm.FormC))
        {
            var category = char.GetUnicodeCategory(c);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator
                or UnicodeCategory.ParagraphSeparator or UnicodeCategory.PrivateUse)
            {
                continue;
            }

            text.Append("<>:\"|?*".Contains(c) ? '_' : category == UnicodeCategory.SpaceSeparator ? ' ' : c);
        }

        var cleaned = text.ToString().Trim().Trim('.').Trim();
        var extension = kind.Extensions.FirstOrDefault(e => cleaned.EndsWith(e, StringComparison.OrdinalIgnoreCase)) ?? kind.Extensions[0];
        var stem = cleaned.EndsWith(extension, StringComparison.OrdinalIgnoreCase) ? cleaned[..^extension.Length].TrimEnd('.', ' ') : cleaned;
        stem = Shorten(stem, maxLength - extension.Length);
        if (stem.Length == 0)
        {
            stem = Fallback;
        }
        else if (Reserved.Contains(stem.Split('.')[0]))
        {
            stem = "_" + stem;
        }

        return stem + extension.ToLowerInvariant();
    }

    /// <summary>At most <paramref name="length"/> characters, never cutting a character made of two UTF-16 units.</summary>
    private static string Shorten(string text, int length)
    {
        if (text.Length <= length)
        {
            return text;
        }

        var elements = StringInfo.GetTextElementEnumerator(text);
        var end = 0;
        while (elements.MoveNext() && elements.ElementIndex + ((string)elements.Current).Length <= length)
        {
            end = elements.ElementIndex + ((string)elements.Current).Length;
        }

        return text[..end].TrimEnd('.', ' ');
    }
}
