namespace Responsibility.Grains.Abstractions.Tasks;

/// <summary>
/// 任务编号 in one form: the full-width letters, digits and signs a Chinese input method types are their ASCII
/// selves, and spaces around the code are dropped, so ＦＺ－０２ and " FZ-02" are the same code as FZ-02.
/// </summary>
public static class TaskCodes
{
    private const char FullWidthFirst = '\uFF01';
    private const char FullWidthLast = '\uFF5E';
    private const int FullWidthOffset = FullWidthFirst - '!';
    private const char IdeographicSpace = '\u3000';

    public static string Normalise(string code) => string.Create(code.Length, code, (ascii, text) =>
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            ascii[i] = c is >= FullWidthFirst and <= FullWidthLast ? (char)(c - FullWidthOffset) : c == IdeographicSpace ? ' ' : c;
        }
    }).Trim();

    /// <summary>Whether two codes are the same once normalised, e.g. a stored code written before codes were normalised.</summary>
    public static bool Same(string a, string b) => string.Equals(Normalise(a), Normalise(b), StringComparison.Ordinal);
}
