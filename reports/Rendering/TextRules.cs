namespace Responsibility.Reports.Rendering;

/// <summary>Punctuation and width rules every renderer applies the same way.</summary>
internal static class TextRules
{
    private const string Closers = "。：；！？:;!?.";

    /// <summary>A run-in heading ends with a full stop, as in the seed report: "（一）坚持……各方面。一体推进……".</summary>
    public static string RunIn(string heading) =>
        heading.Length > 0 && Closers.Contains(heading[^1]) ? heading : heading + "。";

    /// <summary>The 主送 line ends with a full-width colon.</summary>
    public static string Recipient(string recipient)
    {
        var trimmed = recipient.TrimEnd().TrimEnd(':', '：');
        return trimmed + "：";
    }

    /// <summary>A long issuer is written on several lines; callers separate them with line breaks.</summary>
    public static string[] IssuerLines(string issuer) =>
        SafeText.Clean(issuer).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Width in em in the 公文 fonts (one CJK character = 1, a Latin letter or digit = ½).</summary>
    public static double EmWidth(string text) => text.Sum(c => c < 0x2000 ? 0.5 : 1.0);

    /// <summary>
    /// Width in em in the widest font the text may meet, for room that must never be too small (a table cell, a chart
    /// label): a Chinese character is 1 em in every font, but Latin text is ½ em only in the 公文 fonts. A machine without
    /// them (LibreOffice on Linux, a Mac, a browser) uses a proportional face — DejaVu Sans, Noto CJK, SimHei — whose
    /// digits take up to 0.64 em and "%" 0.95 em.
    /// </summary>
    public static double WidestEmWidth(string text) => text.Sum(c => c switch
    {
        >= '0' and <= '9' => 0.65,
        '%' => 0.95,
        '+' or '=' or '<' or '>' or '~' => 0.85,
        '.' or ',' or ':' or ';' or '-' or ' ' or '(' or ')' or '/' => 0.5,
        < '\u2000' => 0.75,
        _ => 1,
    });

    /// <summary>
    /// Right indent, in characters, that centres an issuer line over the date, the date itself sitting four
    /// characters from the right margin (GB/T 9704-2012: 成文日期右空四字, 署名以成文日期为准居中).
    /// </summary>
    public static double IssuerRightIndent(string issuerLine, string date) =>
        Math.Max(0, DateRightIndent + ((EmWidth(date) - EmWidth(issuerLine)) / 2));

    public const double DateRightIndent = 4;
}
