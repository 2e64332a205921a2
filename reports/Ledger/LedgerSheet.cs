namespace Responsibility.Reports.Ledger;

/// <summary>
/// One kind of sheet the ledger reader reads: the column whose name finds the header row, the columns it must have,
/// the worksheet to read (its first when none of that name is in the file), how many rows it may hold, and how people
/// call it in a message ("任务台账", "个任务"). A kind that is not <see cref="AcceptsCsv"/> reads an .xlsx only.
/// </summary>
public sealed record LedgerSheet(
    string KeyColumn, string[] Required, string? WorksheetName, int MaxRows, string Name, string RowNoun, bool AcceptsCsv)
{
    /// <summary>The 任务台账: tasks by code, from an .xlsx or a CSV.</summary>
    public static readonly LedgerSheet Tasks = new(
        LedgerColumns.Code, LedgerColumns.Required, WorksheetName: null, LedgerLimits.MaxRows, "任务台账", "个任务", AcceptsCsv: true);
}
