namespace Responsibility.Reports.Ledger;

/// <summary>
/// A sheet as read: its header's columns by name (0-based index) and the rows below it, each with its row number as
/// the spreadsheet shows it. Cells hold text, or a number or date where the sheet typed one. <see cref="KeyColumn"/> is the
/// column that found the header (任务编号, 编号).
/// </summary>
public sealed record LedgerTable(
    int HeaderRow, IReadOnlyDictionary<string, int> Columns, IReadOnlyList<LedgerTableRow> Rows, string KeyColumn = LedgerColumns.Code);

public sealed record LedgerTableRow(int Number, object?[] Cells)
{
    public object? this[int column] => column >= 0 && column < Cells.Length ? Cells[column] : null;

    public bool IsBlank => Cells.All(c => c is null || (c is string s && string.IsNullOrWhiteSpace(s)));
}
