namespace Responsibility.Reports.Ledger;

/// <summary>
/// A file that is no readable sheet, too large to read (<see cref="TooLarge"/>), or not of a type read at all
/// (<see cref="Unsupported"/>); the message says so in people's words.
/// </summary>
public sealed class LedgerFileException(string message, bool tooLarge = false, bool unsupported = false) : Exception(message)
{
    public bool TooLarge { get; } = tooLarge;

    public bool Unsupported { get; } = unsupported;
}
