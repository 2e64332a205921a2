using Npgsql;
using Responsibility.Storage.Attachments;
using Responsibility.Storage.Copy;
using Responsibility.Storage.Events;
using Responsibility.Storage.Tests.Postgres;

namespace Responsibility.Storage.Tests.Copy;

[Collection(PostgresCollection.Name)]
public sealed class CopyToPostgresTests(PostgresFixture server) : IAsyncLifetime, IDisposable
{
    private readonly SqliteDataFolder source = new();
    private readonly StringWriter output = new();
    private readonly StringWriter error = new();
    private string target = "";

    public async Task InitializeAsync() => target = await server.CreateDatabaseAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => source.Dispose();

    [Fact]
    public async Task CopiedBrigadeReadsBackTheSameThroughThePostgresStores()
    {
        await source.WriteBrigadeAsync();

        var exit = await CopyAsync();

        Assert.Equal(CopyToPostgresCommand.Copied, exit);
        await SameBrigade.AssertAsync(source, target);
        Assert.Equal(new long[] { 2, 9, 3, 2, 2 }, await CountsAsync());
        Assert.Contains("jwt-signing.key, keys/", output.ToString());
        Assert.Empty(error.ToString());
    }

    [Fact]
    public async Task UploadedFilesAreCopiedWithTheirRecordsOwnersAndBytes()
    {
        await source.WriteBrigadeAsync();
        await source.WriteAttachmentsAsync();

        var exit = await CopyAsync();

        Assert.Equal(CopyToPostgresCommand.Copied, exit);
        var (from, to) = (new SqlAttachmentStore(SqliteDialect.Instance, source.ConnectionString), new SqlAttachmentStore(PostgresDialect.Instance, target));
        foreach (var (id, parts) in SqliteDataFolder.Attachments)
        {
            Assert.Equal(await from.ReadAsync(id), await to.ReadAsync(id));
            Assert.Equal(await from.DigestAsync(id), await to.DigestAsync(id));
            Assert.Equal(parts[^1], await to.ReadPartAsync(id, parts.Length - 1));
        }

        Assert.Equal("entry-1", (await to.ReadAsync("f1"))!.Link!.OwnerPart);
        Assert.Contains("attachment_parts", output.ToString());
    }

    [Fact]
    public async Task EventsAppendedAfterTheCopyArePositionedAfterTheCopiedOnes()
    {
        await source.WriteBrigadeAsync();
        await CopyAsync();
        using var events = new SqlEventStore(PostgresDialect.Instance, target);

        await events.AppendAsync(new StreamAppend(
            "task/new", SqliteDataFolder.Scope, 0, [new NewEvent("Defined", "{}", "fazhi", DateTimeOffset.UtcNow)]));

        var newest = await events.SearchAsync(new EventQuery(SqliteDataFolder.Scope, Limit: 2));
        Assert.Equal(["task/new", "brigade/zichuan"], newest.Select(e => e.StreamId));
        Assert.Equal(10L, newest[0].Position);
    }

    [Fact]
    public async Task NonEmptyTargetIsRefusedWithoutReplaceAndKeepsWhatItHeld()
    {
        await source.WriteBrigadeAsync();
        await CopyAsync();
        await AppendStrayEventAsync();

        var exit = await CopyAsync();

        Assert.Equal(CopyToPostgresCommand.Failed, exit);
        Assert.Contains("--replace", error.ToString());
        Assert.Equal(new long[] { 2, 10, 3, 2, 2 }, await CountsAsync());
    }

    [Fact]
    public async Task ReplaceOverwritesWhatTheTargetHeld()
    {
        await source.WriteBrigadeAsync();
        await CopyAsync();
        await AppendStrayEventAsync();

        var exit = await CopyAsync("--replace");

        Assert.Equal(CopyToPostgresCommand.Copied, exit);
        Assert.Equal(new long[] { 2, 9, 3, 2, 2 }, await CountsAsync());
        await SameBrigade.AssertAsync(source, target);
    }

    [Fact]
    public async Task RowsChangedOnTheWayInFailVerificationAndNothingIsCommitted()
    {
        await source.WriteBrigadeAsync();
        await new SqlEventStore(PostgresDialect.Instance, target).EnsureSchemaAsync();
        await ExecuteAsync(
            "CREATE FUNCTION shout() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.payload := upper(NEW.payload); RETURN NEW; END $$; " +
            "CREATE TRIGGER shout BEFORE INSERT ON events FOR EACH ROW EXECUTE FUNCTION shout()");

        var exit = await CopyAsync();

        Assert.Equal(CopyToPostgresCommand.Failed, exit);
        Assert.StartsWith("events did not verify", error.ToString());
        Assert.Equal(new long[] { 0, 0, 0, 0, 0 }, await CountsAsync());
    }

    [Fact]
    public async Task FolderFromBeforeTheEventLogCopiesItsStateRowsAndNoEvents()
    {
        await source.WriteStatesAsync();

        var exit = await CopyAsync();

        Assert.Equal(CopyToPostgresCommand.Copied, exit);
        Assert.Equal(new long[] { 2, 0, 0, 0, 0 }, await CountsAsync());
    }

    private Task<int> CopyAsync(params string[] extra)
    {
        output.GetStringBuilder().Clear();
        error.GetStringBuilder().Clear();
        return CopyToPostgresCommand.RunAsync(
            ["--from", source.Folder, "--to", target, .. extra], SqliteDataFolder.DatabaseFileName, output, error);
    }

    private async Task AppendStrayEventAsync()
    {
        using var events = new SqlEventStore(PostgresDialect.Instance, target);
        await events.AppendAsync(new StreamAppend("task/stray", "other", 0, [new NewEvent("Defined", "{}", "x", DateTimeOffset.UtcNow)]));
    }

    private async Task<long[]> CountsAsync()
    {
        await using var connection = new NpgsqlConnection(target);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT (SELECT count(*) FROM grain_state), (SELECT count(*) FROM events), (SELECT count(*) FROM snapshots), " +
            "(SELECT count(*) FROM summaries), (SELECT count(*) FROM reminders)", connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return Enumerable.Range(0, 5).Select(reader.GetInt64).ToArray();
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(target);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
