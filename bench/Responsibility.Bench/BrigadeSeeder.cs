namespace Responsibility.Bench;

using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Accounts;
using Responsibility.Grains.Abstractions.Org;

/// <summary>
/// Many brigades, seeded through the grains in this process, all brigades at once (the province, a detachment's): the
/// same calls the api makes, without thousands of password hashes (every unit head shares one precomputed hash) and
/// logins (tokens are issued by the api's own issuer). Setup only; nothing here is timed.
/// </summary>
public sealed class BrigadeSeeder(BenchHost host, int year)
{
    private const string Actor = "bench";

    /// <summary>Brigades <paramref name="ids"/>, each with <paramref name="units"/> units and <paramref name="tasks"/> tasks.</summary>
    public async Task<List<SeededTask>> Seed(IReadOnlyList<string> ids, int units, int tasks)
    {
        var hash = host.HashPassword("seeded", MainBrigade.Password);
        var seeded = new List<SeededTask>[ids.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, ids.Count), new ParallelOptions { MaxDegreeOfParallelism = 64 }, async (b, _) =>
            seeded[b] = await Brigade(ids[b], hash, units, tasks));
        return seeded.SelectMany(r => r).ToList();
    }

    /// <summary>Each task's 3–4 earlier entries, dated in the months before <paramref name="today"/>, by its unit head.</summary>
    public Task SeedHistory(IEnumerable<SeededTask> tasks, DateOnly today) => Parallel.ForEachAsync(
        tasks, new ParallelOptions { MaxDegreeOfParallelism = 64 }, async (task, _) =>
        {
            foreach (var report in SyntheticTasks.History(task.Index, today))
            {
                await host.Grains.GetGrain<ITaskGrain>(task.TaskId).ReportProgress(report, task.UnitHead);
            }
        });

    private async Task<List<SeededTask>> Brigade(string id, string hash, int unitCount, int taskCount)
    {
        var brigade = host.Grains.GetGrain<IBrigadeGrain>(id);
        await brigade.Configure(
            new BrigadeSettings($"{id}大队", $"中共{id}交警大队总支部委员会", "基准交警支队", "Asia/Shanghai", "支队党委", StatusThresholds.Default), Actor);
        var units = Enumerable.Range(1, unitCount).Select(u => new UnitDefinition($"u{u:D2}", $"第{u}中队", "中队", $"中队长{u}")).ToArray();
        var tokens = new Dictionary<string, (string Username, string Token)>();
        foreach (var unit in units)
        {
            await brigade.UpsertUnit(unit, Actor);
            var username = $"{id}-{unit.Id}";
            var account = await host.Grains.GetGrain<IUserGrain>(username)
                .Save(new UserAccount(username, unit.Head!, hash, Role.UnitHead, id, unit.Id, null), Actor);
            tokens[unit.Id] = (username, host.Token(account));
        }

        for (var l = 0; l * 5 < units.Length; l++)
        {
            var supervised = units.Skip(l * 5).Take(5).Select(u => u.Id).ToArray();
            await brigade.UpsertLeader(new LeaderDefinition($"l{l + 1}", $"班子成员{l + 1}", l == 0 ? "大队长" : "副大队长", l == 0, supervised, []), Actor);
        }

        var seeded = new List<SeededTask>();
        for (var i = 0; i < taskCount; i++)
        {
            var unit = units[i % units.Length].Id;
            var task = await brigade.CreateTask(SyntheticTasks.Draft(i, unit, year, $"P{i:D4}"), Actor);
            var (username, token) = tokens[unit];
            seeded.Add(new SeededTask(task.Definition.Id, i, username, token, Api.Encode(new { value = SyntheticTasks.Value(i), note = "月末填报：本月按计划推进。" })));
        }

        return seeded;
    }
}
