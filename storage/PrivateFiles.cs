namespace Responsibility.Storage;

/// <summary>
/// The data folder holds every account's password hash and the keys that sign sessions: only the account the
/// service runs as may read it (folder 0700, files 0600). No-ops on Windows, where ACLs are inherited instead.
/// </summary>
public static class PrivateFiles
{
    private const UnixFileMode FolderMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>
    /// Creates <paramref name="folder"/> as 0700, or narrows it to 0700 when it already holds <paramref name="marker"/>
    /// (a data folder written by an older version). Any other existing folder (say, one shared with other
    /// programs) is left as it is.
    /// </summary>
    public static void EnsureFolder(string folder, string? marker = null)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
            return;
        }

        if (!Directory.Exists(folder))
        {
            Directory.CreateDirectory(folder, FolderMode);
        }
        else if (marker is null || File.Exists(Path.Combine(folder, marker)))
        {
            File.SetUnixFileMode(folder, FolderMode);
        }
    }

    /// <summary>Creates an empty file as 0600, or narrows an existing one to 0600.</summary>
    public static void EnsureFile(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        if (File.Exists(path))
        {
            File.SetUnixFileMode(path, FileMode);
            return;
        }

        try
        {
            using var created = new FileStream(path, new FileStreamOptions
            {
                Mode = System.IO.FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = FileMode,
            });
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another store of the same file (grain state, events, reminders start together) created it first.
            File.SetUnixFileMode(path, FileMode);
        }
    }

    /// <summary>Narrows an existing file to 0600; a missing one is fine.</summary>
    public static void Restrict(string path)
    {
        if (!OperatingSystem.IsWindows() && File.Exists(path))
        {
            File.SetUnixFileMode(path, FileMode);
        }
    }
}
