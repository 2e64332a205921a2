namespace Responsibility.Grains.Abstractions;

using Responsibility.Grains.Abstractions.Ledger;

/// <summary>
/// A brigade's 台账 (the task list as the spreadsheet offices exchange), keyed by the brigade id. One import at a time
/// per brigade: every row is checked against the brigade and its tasks before anything changes.
/// </summary>
public interface ILedgerGrain : IGrainWithStringKey
{
    /// <summary>
    /// Creates the tasks whose (year, code) is new and changes those whose row differs; rows equal to their task change
    /// nothing. Any problem refuses the whole sheet.
    /// </summary>
    Task<LedgerImportResult> Import(LedgerRow[] rows, string actor);

    /// <summary>What <see cref="Import"/> would refuse in these rows, changing nothing (to report a sheet's every problem at once).</summary>
    Task<LedgerProblem[]> Check(LedgerRow[] rows);

    /// <summary>The year's tasks with their progress today and latest notes, in duty line and code order.</summary>
    Task<LedgerLine[]> Export(int year);
}
