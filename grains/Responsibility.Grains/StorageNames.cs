namespace Responsibility.Grains;

public static class StorageNames
{
    /// <summary>The grain-storage provider every grain state goes through (SQLite or PostgreSQL).</summary>
    public const string Main = "main";
}
