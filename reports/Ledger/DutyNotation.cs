namespace Responsibility.Reports.Ledger;

using Responsibility.Grains.Abstractions.Duties;
using Responsibility.Grains.Abstractions.Text;

/// <summary>How the 责任清单 sheet writes an item's cadence and holders and reads them back, one home for both directions.</summary>
public static class DutyNotation
{
    /// <summary>What the 责任人 cell says for an item every leader holds (共性).</summary>
    public const string AllLeaders = "全体班子成员";

    private static readonly char[] Separators = ['、', '，', ',', '；', ';', '\n'];

    public static Cadence? ReadCadence(object? cell)
    {
        var text = LedgerNotation.ReadText(cell);
        return text is null ? null
            : text is "一次" or "一次性" ? Cadence.Once
            : Enum.GetValues<Cadence>().Cast<Cadence?>().FirstOrDefault(c =>
                  DutyText.CadenceName(c!.Value) == text || c.Value.ToString().Equals(text, StringComparison.OrdinalIgnoreCase))
              ?? throw new LedgerCellException($"“{text}”应为“一次性”“每月”“每季度”“每半年”或“每年”。");
    }

    /// <summary>The names in a cell ("全体班子成员、法制室"), in order, each once.</summary>
    public static string[] ReadNames(object? cell) => LedgerNotation.ReadText(cell) is { } text
        ? [.. text.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal)]
        : [];

    public static string Names(IEnumerable<string> names) => string.Join("、", names);
}
