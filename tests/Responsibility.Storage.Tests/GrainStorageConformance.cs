using System.Text.Encodings.Web;
using System.Text.Json;
using Orleans;
using Orleans.Runtime;
using Orleans.Storage;

namespace Responsibility.Storage.Tests;

/// <summary>Behaviour every <see cref="SqlDialect"/> must show; subclasses supply a fresh database per test.</summary>
public abstract class GrainStorageConformance
{
    private const string StateName = "task";
    private static readonly GrainId Grain = GrainId.Create("task", "abc");

    /// <summary>A new storage instance (serializer settings: the default); every call in one test opens the same database.</summary>
    protected abstract SqlGrainStorage CreateStorage(JsonSerializerOptions? json = null);

    /// <summary>The payload column as stored, read without going through the storage.</summary>
    protected abstract Task<string?> ReadStoredPayloadAsync(string stateName, GrainId grainId);

    [Fact]
    public async Task MissingStateReadsAsNewStateWithoutETag()
    {
        var leftover = new SampleTaskState { Title = "leftover" };
        var state = new GrainState<SampleTaskState>(leftover, "old") { RecordExists = true };

        await CreateStorage().ReadStateAsync(StateName, Grain, state);

        Assert.Equivalent(new SampleTaskState(), state.State, strict: true);
        Assert.Null(state.ETag);
        Assert.False(state.RecordExists);
    }

    [Fact]
    public async Task WrittenStateReadsBackWithAllItsShapes()
    {
        var storage = CreateStorage();
        var written = Realistic();
        await storage.WriteStateAsync(StateName, Grain, written);

        var read = await ReadAsync<SampleTaskState>(storage);

        Assert.Equivalent(SampleTaskState.Realistic(), read.State, strict: true);
        Assert.Equal(TimeSpan.FromHours(2), read.State?.UpdatedAt.Offset);
        Assert.NotNull(written.ETag);
        Assert.Equal(written.ETag, read.ETag);
        Assert.True(read.RecordExists);
    }

    [Fact]
    public async Task WriteWithStaleETagThrowsAndKeepsStoredState()
    {
        var storage = CreateStorage();
        var current = new SampleTaskState { Title = "v1" };
        var first = new GrainState<SampleTaskState>(current);
        await storage.WriteStateAsync(StateName, Grain, first);
        var stale = new GrainState<SampleTaskState>(new SampleTaskState { Title = "lost" }, first.ETag);
        current.Title = "v2";
        await storage.WriteStateAsync(StateName, Grain, first);

        var error = await Assert.ThrowsAsync<InconsistentStateException>(
            () => storage.WriteStateAsync(StateName, Grain, stale));

        Assert.Equal(first.ETag, error.StoredEtag);
        Assert.Equal(stale.ETag, error.CurrentEtag);
        var read = await ReadAsync<SampleTaskState>(storage);
        Assert.Equal("v2", read.State?.Title);
        Assert.Equal(first.ETag, read.ETag);
    }

    [Fact]
    public async Task WriteWithoutETagThrowsWhenRowExists()
    {
        var storage = CreateStorage();
        var first = new GrainState<SampleTaskState>(new SampleTaskState { Title = "first" });
        await storage.WriteStateAsync(StateName, Grain, first);

        var error = await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync(
            StateName, Grain, new GrainState<SampleTaskState>(new SampleTaskState { Title = "second" })));

        Assert.Equal(first.ETag, error.StoredEtag);
        Assert.Equal("first", (await ReadAsync<SampleTaskState>(storage)).State?.Title);
    }

    [Fact]
    public async Task ClearRemovesTheRowAndResetsTheState()
    {
        var storage = CreateStorage();
        var state = Realistic();
        await storage.WriteStateAsync(StateName, Grain, state);

        await storage.ClearStateAsync(StateName, Grain, state);

        Assert.Equivalent(new SampleTaskState(), state.State, strict: true);
        Assert.Null(state.ETag);
        Assert.False(state.RecordExists);
        Assert.Null(await ReadStoredPayloadAsync(StateName, Grain));
        Assert.False((await ReadAsync<SampleTaskState>(storage)).RecordExists);
    }

    [Fact]
    public async Task ClearWithStaleETagThrowsAndKeepsTheRow()
    {
        var storage = CreateStorage();
        var current = new GrainState<SampleTaskState>(new SampleTaskState { Title = "v1" });
        await storage.WriteStateAsync(StateName, Grain, current);
        var stale = new GrainState<SampleTaskState>(current.State, current.ETag);
        await storage.WriteStateAsync(StateName, Grain, current);

        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.ClearStateAsync(StateName, Grain, stale));
        await Assert.ThrowsAsync<InconsistentStateException>(
            () => storage.ClearStateAsync(StateName, Grain, new GrainState<SampleTaskState>()));

        Assert.Equal(current.ETag, (await ReadAsync<SampleTaskState>(storage)).ETag);
    }

    [Fact]
    public async Task StateSurvivesReopeningTheDatabase()
    {
        await CreateStorage().WriteStateAsync(StateName, Grain, Realistic());

        var read = await ReadAsync<SampleTaskState>(CreateStorage());

        Assert.True(read.RecordExists);
        Assert.Equivalent(SampleTaskState.Realistic(), read.State, strict: true);
    }

    [Fact]
    public async Task ConcurrentWritersToDifferentGrainsAllPersist()
    {
        var storage = CreateStorage();
        var grains = Enumerable.Range(0, 50).Select(i => GrainId.Create("task", $"t{i}")).ToArray();

        // Task.Run: a provider whose async calls complete synchronously (Microsoft.Data.Sqlite) would run serially.
        await Task.WhenAll(grains.Select(grain => Task.Run(async () =>
        {
            var task = new SampleTaskState { Title = "inserted" };
            var state = new GrainState<SampleTaskState>(task);
            await storage.WriteStateAsync(StateName, grain, state);
            task.Title = $"updated {grain}";
            await storage.WriteStateAsync(StateName, grain, state);
        })));

        var reopened = CreateStorage();
        foreach (var grain in grains)
        {
            var read = new GrainState<SampleTaskState>();
            await reopened.ReadStateAsync(StateName, grain, read);
            Assert.Equal($"updated {grain}", read.State?.Title);
        }
    }

    [Fact]
    public async Task StoredPayloadIsPlainJsonWithEnumNamesAndNoTypeNames()
    {
        await CreateStorage().WriteStateAsync(StateName, Grain, Realistic());

        var payload = await ReadStoredPayloadAsync(StateName, Grain);

        Assert.NotNull(payload);
        using var json = JsonDocument.Parse(payload);
        Assert.Equal(JsonValueKind.Object, json.RootElement.ValueKind);
        Assert.Equal("InProgress", json.RootElement.GetProperty("phase").GetString());
        Assert.Equal("Done", json.RootElement.GetProperty("current").GetProperty("phase").GetString());
        Assert.DoesNotContain("$type", payload);
        Assert.DoesNotContain(nameof(SampleTaskState), payload);
        Assert.DoesNotContain(typeof(SampleTaskState).Namespace!, payload);
        Assert.DoesNotContain("\n", payload);
    }

    [Fact]
    public async Task PayloadWrittenByOneTypeReadsIntoARenamedTypeOfTheSameShape()
    {
        var storage = CreateStorage();
        await storage.WriteStateAsync(StateName, Grain, Realistic());

        var read = await ReadAsync<RenamedSampleTaskState>(storage);

        Assert.True(read.RecordExists);
        Assert.Equivalent(SampleTaskState.Realistic(), read.State, strict: true);
    }

    [Fact]
    public async Task ReadAllAnswersEveryStateOfOneNameWithItsGrainId()
    {
        var storage = CreateStorage();
        await storage.WriteStateAsync(StateName, GrainId.Create("task", "a"), new GrainState<SampleTaskState>(new() { Title = "A" }));
        await storage.WriteStateAsync(StateName, GrainId.Create("task", "b"), new GrainState<SampleTaskState>(new() { Title = "B" }));
        await storage.WriteStateAsync("other", GrainId.Create("task", "c"), new GrainState<SampleTaskState>(new() { Title = "C" }));

        var all = new List<(GrainId GrainId, SampleTaskState State)>();
        await foreach (var row in storage.ReadAllAsync<SampleTaskState>(StateName))
        {
            all.Add(row);
        }

        Assert.Equal(
            [("task/a", "A"), ("task/b", "B")],
            all.Select(r => (r.GrainId.ToString(), r.State.Title)).Order());
    }

    [Fact]
    public async Task ChineseTextIsStoredAsUtf8RatherThanAsEscapes()
    {
        await CreateStorage().WriteStateAsync(StateName, Grain, new GrainState<SampleTaskState>(new() { Title = ChineseTitle }));

        var payload = await ReadStoredPayloadAsync(StateName, Grain);

        Assert.Contains(ChineseTitle, payload);
        Assert.DoesNotContain("\\u", payload);
    }

    [Fact]
    public async Task ARowWrittenWithEscapedChineseReadsTheSameAsBefore()
    {
        var escaping = new JsonSerializerOptions(SqlGrainStorageOptions.DefaultJson()) { Encoder = JavaScriptEncoder.Default };
        var written = SampleTaskState.Realistic();
        written.Title = ChineseTitle;
        written.Tags = ["执法", "<b>&'"];
        await CreateStorage(escaping).WriteStateAsync(StateName, Grain, new GrainState<SampleTaskState>(written));

        var read = await ReadAsync<SampleTaskState>(CreateStorage());

        Assert.Contains("\\u6267\\u6CD5", await ReadStoredPayloadAsync(StateName, Grain));
        Assert.Equivalent(written, read.State, strict: true);
    }

    private const string ChineseTitle = "开展执法质量检查，发稿 400 篇（“一岗双责”）";

    private static GrainState<SampleTaskState> Realistic() => new(SampleTaskState.Realistic());

    private static async Task<GrainState<T>> ReadAsync<T>(SqlGrainStorage storage)
    {
        var state = new GrainState<T>();
        await storage.ReadStateAsync(StateName, Grain, state);
        return state;
    }
}
