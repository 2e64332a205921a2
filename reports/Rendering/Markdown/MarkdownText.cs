namespace Responsibility.Reports.Rendering.Markdown;

using System.Text;
using System.Text.RegularExpressions;

/// <summary>
/// Writes document text into Markdown as literal text: nothing a note says can become a heading, list, quote, code,
/// link, image, raw HTML, entity or table, whether read as CommonMark or as GitHub-flavoured Markdown. Only the
/// characters that could start markup are escaped, so Chinese prose stays readable in the source.
/// </summary>
internal static partial class MarkdownText
{
    // Markup anywhere in a line: emphasis, strikethrough, code, links and images, raw HTML and autolinks, entities,
    // table cells, e-mail autolinks, and ATX closing sequences.
    private const string InlineMarkup = "\\`*_~[]<>&|@#";

    // Markup at the start of a line: block quotes, bullet lists, setext underlines, definition lists.
    private const string LineStartMarkup = ">-+=:";

    /// <summary>Text that must stay on one line (headings, captions, table cells): breaks and runs of blanks become one space.</summary>
    public static string Line(string text) => Escape(Blanks().Replace(SafeText.OneLine(text), " ").Trim());

    /// <summary>
    /// A paragraph's text: each line loses its leading blanks (which could make it code) and its block markup, and
    /// the lines are joined by hard line breaks; empty lines are dropped so the paragraph stays one paragraph.
    /// </summary>
    public static string Block(string text)
    {
        var lines = SafeText.Clean(text)
            .Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Length > 0)
            .Select(line => LineStart(Escape(line)));
        return string.Join("  \n", lines);
    }

    private static string Escape(string text)
    {
        var md = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (InlineMarkup.Contains(c) || IsSchemeColon(text, i) || IsWwwDot(text, i))
            {
                md.Append('\\');
            }

            md.Append(c);
        }

        return md.ToString();
    }

    /// <summary>"http:", "mailto:", "javascript:" would start an autolink; a colon after a digit (08:00) would not.</summary>
    private static bool IsSchemeColon(string text, int i) => text[i] == ':' && i > 0 && char.IsAsciiLetter(text[i - 1]);

    private static bool IsWwwDot(string text, int i) =>
        text[i] == '.' && i >= 3 && text.AsSpan(i - 3, 3).Equals("www", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Blanks();

    private static string LineStart(string line)
    {
        if (LineStartMarkup.Contains(line[0]))
        {
            return "\\" + line;
        }

        // "1. " or "1) " would start an ordered list.
        var digits = 0;
        while (digits < line.Length && digits < 10 && char.IsAsciiDigit(line[digits]))
        {
            digits++;
        }

        return digits > 0 && digits < line.Length && line[digits] is '.' or ')'
            ? line[..digits] + "\\" + line[digits..]
            : line;
    }
}
