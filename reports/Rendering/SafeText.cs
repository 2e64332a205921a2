namespace Responsibility.Reports.Rendering;

using System.Text;

/// <summary>
/// Text stored by any version of the system may hold characters no document can carry: the vertical tab Word pastes
/// for a soft line break, form feeds, other control characters, unpaired surrogates. Every renderer passes text
/// through here before writing it, so a note can never break a report; the api cleans what people send with it too,
/// so new text is stored already clean.
/// </summary>
public static class SafeText
{
    /// <summary>
    /// Keeps line breaks (normalised to '\n') and tabs; a vertical tab becomes a line break, as Word meant it; drops
    /// every other control character, unpaired surrogates and U+FFFE/U+FFFF (none of them is allowed in XML).
    /// </summary>
    public static string Clean(string text)
    {
        if (!NeedsCleaning(text))
        {
            return text;
        }

        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r' || c == '\v')
            {
                clean.Append('\n');
                i += c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 1 : 0;
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean.Append(c).Append(text[++i]);
            }
            else if (c is '\n' or '\t' || !(char.IsControl(c) || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF'))
            {
                clean.Append(c);
            }
        }

        return clean.ToString();
    }

    /// <summary>Clean text on one line (titles, table cells, chart labels): line breaks and tabs become spaces.</summary>
    public static string OneLine(string text) => Clean(text).Replace('\n', ' ').Replace('\t', ' ');

    private static bool NeedsCleaning(string text)
    {
        foreach (var c in text)
        {
            if ((char.IsControl(c) && c != '\n' && c != '\t') || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF')
            {
                return true;
            }
        }

        return false;
    }
}
