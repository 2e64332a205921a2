namespace Responsibility.Reports.Ledger;

/// <summary>A file that is no readable 台账, or too large to read; the message says so in people's words.</summary>
public sealed class LedgerFileException(string message, bool tooLarge = false) : Exception(message)
{
    public bool TooLarge { get; } = tooLarge;
}
