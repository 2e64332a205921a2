namespace Responsibility.Api.Ledger;

using Responsibility.Reports.Ledger;

/// <summary>
/// One row of an imported sheet, its cells by column name; a cell that cannot be read becomes a problem at its row and
/// column and reads as blank, so one answer names every bad cell.
/// </summary>
public sealed class LedgerCells(LedgerTable table, LedgerTableRow row, List<LedgerCellProblem> problems)
{
    public bool Given(string column) => table.Columns.ContainsKey(column);

    public string? Text(string column) => Read(column, LedgerNotation.ReadText);

    public T? Read<T>(string column, Func<object?, T?> read)
    {
        if (!table.Columns.TryGetValue(column, out var index))
        {
            return default;
        }

        try
        {
            return read(row[index]);
        }
        catch (LedgerCellException e)
        {
            problems.Add(LedgerRejectedException.At(table, row.Number, column, e.Message));
            return default;
        }
    }
}
