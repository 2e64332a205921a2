namespace Responsibility.Api.Ledger;

using Responsibility.Reports.Ledger;

/// <summary>A refused cell of an imported 台账: its row and column as the spreadsheet shows them (cell "E3").</summary>
public sealed record LedgerCellProblem(int Row, string Column, string Cell, string Message);
