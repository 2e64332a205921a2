namespace Responsibility.Grains.Tests;

using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Orleans.Runtime;
using Responsibility.Grains.Abstractions.Tasks;
using Responsibility.Grains.Journal;
using Responsibility.Grains.Tasks;
using Responsibility.Storage.Events;

/// <summary>Tasks and brigades are their event streams: one row per change, snapshots to start from, nothing else to wake.</summary>
[Collection(ClusterCollection.Name)]
public sealed class JournalTests(ClusterFixture cluster)
{
    private static readonly DateOnly June1 = new(2024, 6, 1);

    [Fact]
    public async Task EachReportAppendsOneRowAndAReactivatedTaskReplaysFromItsSnapshot()
    {
        var brigade = await new TestBrigade(cluster.Grains).Create();
        var task = await brigade.AddCount("FZ-01", "fazhi", DutyLine.Accountability, 1000);
        var stream = "task/" + task.Definition.Id;
        var grain = brigade.Task(task.Definition.Id);
        for (var i = 0; i < 120; i++)
        {
            await grain.ReportProgress(TestBrigade.Report(1, June1), "li");
        }

        var rows = await Scalar($"SELECT COUNT(*) FROM events WHERE stream_id = '{stream}'");
        var snapshotAt = await Scalar($"SELECT version FROM snapshots WHERE stream_id = '{stream}'");
        var before = await grain.GetView(null);
        await DeactivateEverything();
        var after = await grain.GetView(null);

        Assert.Equal(121, rows);
        Assert.Equal(100, snapshotAt);
        Assert.Equal((120.0, 121), (after.Progress.Actual, after.Version));
        Assert.Equal(before.Progress, after.Progress);
    }

    [Fact]
    public async Task ASnapshotThatCannotBeReadIsIgnoredAndTheWholeStreamReplayed()
    {
        var brigade = await new TestBrigade(cluster.Grains).Create();
        var task = await brigade.AddCount("FZ-01", "fazhi", DutyLine.Accountability, 1000);
        var grain = brigade.Task(task.Definition.Id);
        for (var i = 0; i < 101; i++)
        {
            await grain.ReportProgress(TestBrigade.Report(2, June1), "li");
        }

        await DeactivateEverything();
        await Scalar($"UPDATE snapshots SET payload = '{{broken' WHERE stream_id = 'task/{task.Definition.Id}'");
        var view = await grain.GetView(null);

        Assert.Equal(202, view.Progress.Actual);
        Assert.Equal(102, view.Version);
    }

    [Fact]
    public async Task ColdBrigadeAnswersItsRollupWithoutWakingItsTasks()
    {
        var brigade = await new TestBrigade(cluster.Grains).Create();
        var press = await brigade.AddCount("XC-01", "xuanchuan", DutyLine.Business, 400);
        await brigade.AddCount("FZ-01", "fazhi", DutyLine.Accountability, 12);
        await brigade.Task(press.Definition.Id).ReportProgress(TestBrigade.Report(100, June1), "zhang");
        await DeactivateEverything();

        var rollup = await brigade.Brigade.GetRollup(2024, null);
        var taskActivations = (await cluster.Grains.GetGrain<IManagementGrain>(0).GetSimpleGrainStatistics())
            .Where(s => s.GrainType.Contains("TaskGrain", StringComparison.Ordinal))
            .Sum(s => s.ActivationCount);

        Assert.Equal(0, taskActivations);
        Assert.Equal(2, rollup.Overall.TaskCount);
        Assert.Equal(0.25, rollup.Units.Single(u => u.UnitId == "xuanchuan").Rollup.Percent, 9);
    }

    [Fact]
    public async Task AReportsChineseNoteIsStoredInItsEventAndTheTasksSummaryAsUtf8()
    {
        var brigade = await new TestBrigade(cluster.Grains).Create();
        var task = await brigade.AddCount("FZ-01", "fazhi", DutyLine.Accountability, 12);
        const string note = "开展执法质量检查 1 次，发现问题 3 个";

        await brigade.Task(task.Definition.Id).ReportProgress(TestBrigade.Report(1, June1) with { Note = note }, "li");

        var stream = "task/" + task.Definition.Id;
        var reported = await Text($"SELECT payload FROM events WHERE stream_id = '{stream}' AND kind = 'ProgressReported'");
        var summary = await Text($"SELECT payload FROM summaries WHERE stream_id = '{stream}'");
        Assert.Contains(note, reported);
        Assert.Contains(note, summary);
        Assert.DoesNotContain("\\u", reported + summary);
    }

    [Fact]
    public void AnEventStoredWithEscapedChineseDecodesAsItWasWritten()
    {
        var entry = new ProgressEntry("e1", 1, null, June1, DateTimeOffset.UnixEpoch, "li", "检查“执法记录仪”<1>", null, "k", null);
        var written = new ProgressReported(entry) { Actor = "li", At = DateTimeOffset.UnixEpoch };
        var escaping = new JsonSerializerOptions(EventCodec<TaskEvent>.Json) { Encoder = JavaScriptEncoder.Default };
        var oldPayload = JsonSerializer.Serialize(written, escaping);

        var read = TaskEvent.Codec.Decode(new StoredEvent("task/t", 2, "b", "ProgressReported", oldPayload, "li", DateTimeOffset.UnixEpoch, 7));

        Assert.Contains("\\u68C0\\u67E5", oldPayload);
        Assert.Equal(written, read);
    }

    private async Task<long> Scalar(string sql) => await Query(sql) is long value ? value : 0;

    private async Task<string> Text(string sql) => (string)(await Query(sql))!;

    private async Task<object?> Query(string sql)
    {
        await using var db = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(cluster.DataPath, "responsibility.db"), Pooling = false,
        }.ToString());
        await db.OpenAsync();
        await using var command = db.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    private Task DeactivateEverything() =>
        cluster.Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
}
