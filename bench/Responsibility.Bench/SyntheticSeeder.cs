namespace Responsibility.Bench;

using System.Diagnostics;
using System.Net.Http.Json;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Accounts;
using Responsibility.Grains.Abstractions.Tasks;
using static Responsibility.Bench.ResultTable;

/// <summary>Creates the synthetic brigade through the grains, 50 calls in flight at a time, and times each stage.</summary>
public sealed class SyntheticSeeder(IGrainFactory grains, ResultTable table)
{
    private const string Actor = "bench";
    private const int InFlight = 50;

    private IBrigadeGrain Brigade => grains.GetGrain<IBrigadeGrain>(SyntheticOrganisation.BrigadeId);

    public async Task Organise()
    {
        var brigade = Brigade;
        var clock = Stopwatch.StartNew();
        await brigade.Configure(SyntheticOrganisation.Settings, Actor);
        foreach (var unit in SyntheticOrganisation.Units)
        {
            await brigade.UpsertUnit(unit, Actor);
        }

        foreach (var leader in SyntheticOrganisation.Leaders)
        {
            await brigade.UpsertLeader(leader, Actor);
        }

        table.Figure("Seed bench2000: organisation (40 units, 10 leaders)", $"{Ms(clock.Elapsed.TotalMilliseconds)} ms");
    }

    public async Task Seed(int taskCount, DateOnly lastMonth)
    {
        var brigade = Brigade;
        var clock = Stopwatch.StartNew();
        var tasks = new List<(int Index, TaskDefinition Definition)>();
        var quarters = new List<double>();  // elapsed when each quarter of the tasks was created
        foreach (var batch in Enumerable.Range(0, taskCount).Chunk(InFlight))
        {
            var views = await Task.WhenAll(batch.Select(i => brigade.CreateTask(SyntheticTasks.Draft(i, lastMonth), Actor)));
            tasks.AddRange(batch.Zip(views, (i, v) => (i, v.Definition)));
            while (quarters.Count < 4 && tasks.Count >= (quarters.Count + 1) * taskCount / 4.0)
            {
                quarters.Add(clock.Elapsed.TotalMilliseconds);
            }
        }

        var split = string.Join(", ", quarters.Zip(quarters.Prepend(0), (end, start) => Ms(end - start)));
        table.Figure($"Seed bench2000: create {taskCount:N0} tasks", $"{Ms(clock.Elapsed.TotalMilliseconds)} ms (by quarter: {split} ms)");

        clock.Restart();
        var entries = 0;
        foreach (var batch in tasks.Chunk(InFlight))
        {
            var counts = await Task.WhenAll(batch.Select(t => Report(t.Index, t.Definition, lastMonth)));
            entries += counts.Sum();
        }

        table.Figure($"Seed bench2000: report {entries:N0} progress entries",
            $"{Ms(clock.Elapsed.TotalMilliseconds)} ms ({Ms(clock.Elapsed.TotalMilliseconds / entries)} ms per entry)");
    }

    /// <summary>A BrigadeLeader account for bench2000, created by the system Admin through the api.</summary>
    public static async Task CreateLeaderAccount(HttpClient admin)
    {
        var body = new
        {
            displayName = "基准大队长",
            password = SyntheticOrganisation.LeaderPassword,
            role = nameof(Role.BrigadeLeader),
        };
        var url = $"/api/v1/brigades/{SyntheticOrganisation.BrigadeId}/users/{SyntheticOrganisation.LeaderUsername}";
        await Http.Send(admin, HttpMethod.Put, url, JsonContent.Create(body));
    }

    /// <summary>One task's reports in date order, as its unit head would send them.</summary>
    private async Task<int> Report(int index, TaskDefinition task, DateOnly lastMonth)
    {
        var grain = grains.GetGrain<ITaskGrain>(task.Id);
        var sent = 0;
        foreach (var report in SyntheticTasks.Reports(index, task, lastMonth))
        {
            await grain.ReportProgress(report, $"head-{task.UnitId}");
            sent++;
        }

        return sent;
    }
}
