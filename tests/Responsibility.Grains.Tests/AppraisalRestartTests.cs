namespace Responsibility.Grains.Tests;

using Microsoft.Data.Sqlite;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Appraisal;
using Responsibility.Grains.Abstractions.Duties;
using Responsibility.Grains.Appraisal;
using Responsibility.Storage.Events;

/// <summary>A year's 考核 is its event stream: after a restart the same scores replay from it. Its own cluster.</summary>
public sealed class AppraisalRestartTests : IAsyncLifetime
{
    private readonly ClusterFixture cluster = new();

    public Task InitializeAsync() => cluster.InitializeAsync();

    public Task DisposeAsync() => cluster.DisposeAsync();

    [Fact]
    public async Task ScoresReplayTheSameAfterARestartAndTheLockKeepsTheFrozenLinesInTheLog()
    {
        var brigade = await new TestBrigade(cluster.Grains).Create();
        var grain = cluster.Grains.GetGrain<IAppraisalGrain>(GrainKeys.Appraisal(brigade.Id, 2024));
        await grain.PutScheme(AppraisalPeriodKind.Quarter, GradeThresholds.Default, AppraisalTests.Indicators(), TestBrigade.Admin);
        var unit = DutyHolder.Unit(brigade.Id, "xuanchuan");
        await grain.PutSelf("2024-Q1", unit, [new("1.1", 28, "说明", ["f1"])], "xuanchuan-head");
        await grain.PutReview("2024-Q1", unit, [new("1.1", 26, "扣两分")], "dadui");
        await grain.PutSelf("2024-Q1", DutyHolder.Leader(brigade.Id, "zhao"), [new("L1", 88, null, [])], "zhao-account");
        var locked = await grain.Lock("2024-Q1", "dadui");
        await grain.Adjust("2024-Q1", unit, "1.2", 5, "补计", "dadui");
        var units = await grain.GetScores("2024-Q1", DutyHolderKind.Unit, null);
        var leaders = await grain.GetScores("2024-Q1", DutyHolderKind.Leader, null);

        await cluster.Restart();
        var replayed = cluster.Grains.GetGrain<IAppraisalGrain>(GrainKeys.Appraisal(brigade.Id, 2024));

        Assert.Equal(Json(units), Json(await replayed.GetScores("2024-Q1", DutyHolderKind.Unit, null)));
        Assert.Equal(Json(leaders), Json(await replayed.GetScores("2024-Q1", DutyHolderKind.Leader, null)));
        var payload = await Payload($"SELECT payload FROM events WHERE stream_id = '{AppraisalEvent.Stream(brigade.Id, 2024)}' AND kind = 'AppraisalPeriodLocked'");
        var frozen = (AppraisalPeriodLocked)AppraisalEvent.Codec.Decode(
            new StoredEvent(AppraisalEvent.Stream(brigade.Id, 2024), 5, brigade.Id, "AppraisalPeriodLocked", payload, "dadui", DateTimeOffset.UnixEpoch, 0));
        Assert.Equal(
            locked.Scores.Select(s => (s.Subject.Id, s.Lines.Single(l => l.Indicator == "2").Auto)).Order(),
            frozen.Lines.Where(l => l.Kind == DutyHolderKind.Unit).Select(l => (l.SubjectId, (decimal?)l.Points)).Order());
    }

    private async Task<string> Payload(string sql)
    {
        await using var db = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(cluster.DataPath, "responsibility.db"), Pooling = false,
        }.ToString());
        await db.OpenAsync();
        await using var command = db.CreateCommand();
        command.CommandText = sql;
        return (string)(await command.ExecuteScalarAsync())!;
    }

    private static string Json<T>(T value) => System.Text.Json.JsonSerializer.Serialize(value);
}
