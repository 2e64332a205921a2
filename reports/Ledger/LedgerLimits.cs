namespace Responsibility.Reports.Ledger;

/// <summary>How large a 台账 may be: far above a brigade's task list, far below what would tie up the server.</summary>
public static class LedgerLimits
{
    /// <summary>The largest file accepted (5 MB; an exported brigade of 2,000 tasks is about 200 KB).</summary>
    public const long MaxFileBytes = 5 * 1024 * 1024;

    /// <summary>The most an .xlsx may unpack to: a zip of a few KB could otherwise expand to gigabytes.</summary>
    public const long MaxUnpackedBytes = 40 * 1024 * 1024;

    /// <summary>The most tasks one sheet may hold.</summary>
    public const int MaxRows = 2000;

    /// <summary>The lowest row a sheet may use: its tasks, a title above the header, some blank rows.</summary>
    public const int MaxSheetRow = MaxRows + 20;

    public const int MaxColumns = 64;
}
