namespace Responsibility.Api.Pages;

using System.Text.Encodings.Web;
using Responsibility.Reports.Rendering;

/// <summary>
/// The pages' HTML encoder: the given one, except that <see cref="SafeText.Hidden"/> characters are dropped rather than
/// escaped (a browser reads <c>&amp;#x202E;</c> as the direction control itself). Text an older version stored with
/// them then shows on every page as it was typed, as it does in the reports.
/// </summary>
public sealed class CleanHtmlEncoder(HtmlEncoder inner) : HtmlEncoder
{
    public override int MaxOutputCharactersPerInputCharacter => inner.MaxOutputCharactersPerInputCharacter;

    public override unsafe int FindFirstCharacterToEncode(char* text, int textLength)
    {
        var hidden = new ReadOnlySpan<char>(text, textLength).IndexOfAny(SafeText.Hidden);
        var other = inner.FindFirstCharacterToEncode(text, textLength);
        return hidden < 0 ? other : other < 0 ? hidden : Math.Min(hidden, other);
    }

    public override unsafe bool TryEncodeUnicodeScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten)
    {
        if (IsHidden(unicodeScalar))
        {
            numberOfCharactersWritten = 0;
            return true;
        }

        return inner.TryEncodeUnicodeScalar(unicodeScalar, buffer, bufferLength, out numberOfCharactersWritten);
    }

    public override bool WillEncode(int unicodeScalar) => IsHidden(unicodeScalar) || inner.WillEncode(unicodeScalar);

    private static bool IsHidden(int scalar) => scalar <= char.MaxValue && SafeText.Hidden.Contains((char)scalar);
}
