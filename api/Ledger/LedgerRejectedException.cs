namespace Responsibility.Api.Ledger;

using Responsibility.Reports.Ledger;

/// <summary>
/// An imported sheet refused as a whole: nothing of it was stored. Each problem names its row and column; <see cref="Name"/>
/// is what people call the sheet (台账, 责任清单).
/// </summary>
public sealed class LedgerRejectedException(IEnumerable<LedgerCellProblem> cells, string name = "台账") : Exception($"{name}有问题，未导入任何内容。")
{
    public string Name { get; } = name;

    /// <summary>In reading order: by row, then left to right (a longer letter code is further right).</summary>
    public IReadOnlyList<LedgerCellProblem> Cells { get; } =
        [.. cells.OrderBy(c => c.Row).ThenBy(c => c.Cell.Length).ThenBy(c => c.Cell, StringComparer.Ordinal)];

    public override string Message => $"{Name}有 {Cells.Count} 处问题，未导入任何内容。";

    /// <summary>The problems by cell, as problem+json's <c>errors</c> names fields: "E3": ["第 3 行 承办单位：…"].</summary>
    public Dictionary<string, string[]> Errors() => Cells
        .GroupBy(c => c.Cell)
        .ToDictionary(g => g.Key, g => g.Select(c => $"第 {c.Row} 行 {c.Column}：{c.Message}").ToArray());

    public static LedgerCellProblem At(LedgerTable table, int row, string column, string message)
    {
        var index = table.Columns.TryGetValue(column, out var i) ? i : table.Columns[table.KeyColumn];
        return new LedgerCellProblem(row, column, LedgerColumns.Letter(index) + row, message);
    }
}
