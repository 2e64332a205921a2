namespace Responsibility.Reports.Rendering;

using System.Buffers;
using System.Text;

/// <summary>
/// Text stored by any version of the system may hold characters no document can carry: the vertical tab Word pastes
/// for a soft line break, form feeds, other control characters, unpaired surrogates; or characters that make text read
/// other than it is stored: direction controls that reverse what follows them ("%01" shown as "10%") and invisible
/// zero-width ones. Every renderer passes text through here before writing it, so a note can never break or disguise a
/// report; the api cleans what people send with it too, so new text is stored already clean.
/// </summary>
public static class SafeText
{
    /// <summary>
    /// Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), the direction marks (U+200E,
    /// U+200F, U+061C), and the zero-width characters (U+200B–U+200D, U+2060, U+FEFF): none shows as itself.
    /// </summary>
    public static readonly SearchValues<char> Hidden = SearchValues.Create(
        "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C\u200B\u200C\u200D\u2060\uFEFF");

    /// <summary>
    /// Keeps line breaks (normalised to '\n') and tabs; a vertical tab becomes a line break, as Word meant it; drops
    /// every other control character, unpaired surrogates and U+FFFE/U+FFFF (none of them is allowed in XML), and the
    /// <see cref="Hidden"/> characters.
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
            else if (c is '\n' or '\t' || !(char.IsControl(c) || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF' || Hidden.Contains(c)))
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
            if ((char.IsControl(c) && c != '\n' && c != '\t') || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF' || Hidden.Contains(c))
            {
                return true;
            }
        }

        return false;
    }
}
