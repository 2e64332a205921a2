namespace Responsibility.Reports.Ledger;

/// <summary>
/// Worksheet names Excel opens: at most 31 characters, none of <c>[]:*?/\</c>, not starting or ending with an apostrophe,
/// not blank, not "History" (Excel's own), and unique regardless of case (a repeat gets "(2)", "(3)" …).
/// </summary>
public static class SheetNames
{
    public const int MaxLength = 31;

    private static readonly char[] Forbidden = ['[', ']', ':', '*', '?', '/', '\\'];

    public static string[] Unique(IEnumerable<string> wanted, params string[] taken)
    {
        var used = new HashSet<string>(taken, StringComparer.OrdinalIgnoreCase) { "History" };
        var names = new List<string>();
        foreach (var name in wanted)
        {
            var clean = Clean(name);
            var unique = clean;
            for (var n = 2; used.Contains(unique); n++)
            {
                var suffix = $"({n})";
                unique = Cut(clean, MaxLength - suffix.Length) + suffix;
            }

            used.Add(unique);
            names.Add(unique);
        }

        return [.. names];
    }

    private static string Clean(string name)
    {
        var kept = new string([.. LedgerXlsx.Text(name).Where(c => !char.IsControl(c) && Array.IndexOf(Forbidden, c) < 0)]);
        var trimmed = Cut(kept.Trim().Trim('\''), MaxLength).Trim().Trim('\'');
        return trimmed.Length == 0 ? "大队" : trimmed;
    }

    /// <summary>At most <paramref name="length"/> characters, never splitting a surrogate pair.</summary>
    private static string Cut(string text, int length) =>
        text.Length <= length ? text : text[..(char.IsHighSurrogate(text[length - 1]) ? length - 1 : length)];
}
