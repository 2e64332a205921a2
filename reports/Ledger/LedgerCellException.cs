namespace Responsibility.Reports.Ledger;

/// <summary>A cell whose content cannot be read as its column expects; the message says what was expected.</summary>
public sealed class LedgerCellException(string message) : Exception(message);
