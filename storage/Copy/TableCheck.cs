namespace Responsibility.Storage.Copy;

/// <summary>A table's row count and SHA-256 over its rows' content, the same on the SQLite and the PostgreSQL side.</summary>
public sealed record TableCheck(string Table, long Rows, string Checksum);
