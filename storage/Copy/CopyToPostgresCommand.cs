using Microsoft.Data.Sqlite;
using Npgsql;

namespace Responsibility.Storage.Copy;

/// <summary>
/// <c>copy-to-postgres --from &lt;data folder&gt; --to &lt;connection string&gt; [--replace]</c>: moves a brigade that ran
/// embedded into the PostgreSQL database of a cluster. Answers with a short report, or with one message saying what
/// to fix; never with a stack trace for a mistake its user can correct.
/// </summary>
public static class CopyToPostgresCommand
{
    public const string Verb = "copy-to-postgres";
    public const int Copied = 0;
    public const int Failed = 1;
    public const int Usage = 2;

    private const string UsageText =
        $"usage: {Verb} --from <data folder> --to <PostgreSQL connection string> [--replace]";

    public static async Task<int> RunAsync(
        IReadOnlyList<string> args, string databaseFileName, TextWriter output, TextWriter error,
        CancellationToken cancellationToken = default)
    {
        if (Parse(args) is not ({ } from, { } to, var replace))
        {
            await error.WriteLineAsync(UsageText);
            return Usage;
        }

        NpgsqlConnectionStringBuilder target;
        try
        {
            target = new NpgsqlConnectionStringBuilder(to);
        }
        catch (ArgumentException e)
        {
            await error.WriteLineAsync($"--to is not a PostgreSQL connection string: {e.Message}");
            return Usage;
        }

        if (string.IsNullOrEmpty(target.Host))
        {
            await error.WriteLineAsync("--to names no Host, e.g. \"Host=127.0.0.1;Username=responsibility;Database=responsibility\".");
            return Usage;
        }

        var folder = Path.GetFullPath(from);
        var database = Path.Combine(folder, databaseFileName);
        var problem = !Directory.Exists(folder) ? $"There is no data folder at {folder}."
            : !File.Exists(database) ? $"{folder} holds no {databaseFileName}: is it a Responsibility data folder?"
            : null;
        if (problem is not null)
        {
            await error.WriteLineAsync(problem);
            return Failed;
        }

        // The password stays out of every message: only where the database is gets named.
        var where = $"{target.Host}:{target.Port}/{target.Database ?? target.Username}";
        try
        {
            var checks = await BrigadeCopy.CopyAsync(database, to, replace, cancellationToken);
            await output.WriteLineAsync(Report(database, where, checks, LeftInFolder(folder, databaseFileName)));
            return Copied;
        }
        catch (CopyRefusedException e)
        {
            await error.WriteLineAsync(e.Message);
        }
        catch (NpgsqlException e)
        {
            await error.WriteLineAsync($"PostgreSQL at {where}: {e.Message}. Nothing was copied.");
        }
        catch (SqliteException e)
        {
            await error.WriteLineAsync($"Could not read {database}: {e.Message}. Nothing was copied.");
        }

        return Failed;
    }

    private static (string? From, string? To, bool Replace) Parse(IReadOnlyList<string> args)
    {
        string? from = null, to = null;
        var replace = false;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--from" when i + 1 < args.Count:
                    from = args[++i];
                    break;
                case "--to" when i + 1 < args.Count:
                    to = args[++i];
                    break;
                case "--replace":
                    replace = true;
                    break;
                default:
                    return (null, null, false);
            }
        }

        return (from, to, replace);
    }

    private static string Report(string database, string where, IReadOnlyList<TableCheck> checks, IReadOnlyList<string> left)
    {
        var lines = new List<string> { $"Copied {database} into PostgreSQL {where}; rows and SHA-256 read back equal the source:" };
        lines.AddRange(checks.Select(c => $"  {c.Table,-17}{c.Rows,10}  {c.Checksum[..16]}"));
        if (left.Count > 0)
        {
            lines.Add($"Not copied, still files in {Path.GetDirectoryName(database)}: {string.Join(", ", left)}");
        }

        return string.Join(Environment.NewLine, lines);
    }

    // Keys (session signing, data protection) are files beside the database; where a cluster keeps them is its choice.
    private static IReadOnlyList<string> LeftInFolder(string folder, string databaseFileName) =>
        Directory.EnumerateFileSystemEntries(folder)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(name => !name.StartsWith(databaseFileName, StringComparison.Ordinal))
            .Select(name => Directory.Exists(Path.Combine(folder, name)) ? name + "/" : name)
            .Order(StringComparer.Ordinal)
            .ToList();
}
