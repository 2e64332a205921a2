namespace Responsibility.Api.Common;

using System.Text;

/// <summary>
/// What a person's text may hold once it is in the system: no control characters but line breaks and tabs, line
/// breaks as <c>\n</c>. A vertical tab pasted from Word would otherwise break every document that prints it.
/// </summary>
public static class TextInput
{
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
            if (c == '\r')
            {
                clean.Append('\n');
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean.Append(c).Append(text[++i]);
            }
            else if (Keeps(c))
            {
                clean.Append(c);
            }
        }

        return clean.ToString();
    }

    private static bool NeedsCleaning(string text)
    {
        foreach (var c in text)
        {
            if (c == '\r' || char.IsSurrogate(c) || !Keeps(c))
            {
                return true;
            }
        }

        return false;
    }

    // Lone surrogates and the non-characters U+FFFE/U+FFFF cannot be written to XML (DOCX) either.
    private static bool Keeps(char c) =>
        c is '\n' or '\t' || (!char.IsControl(c) && !char.IsSurrogate(c) && c is not '\uFFFE' and not '\uFFFF');
}
