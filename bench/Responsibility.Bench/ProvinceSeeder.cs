namespace Responsibility.Bench;

using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Accounts;
using Responsibility.Grains.Abstractions.Org;

/// <summary>
/// The province's brigades, seeded through the grains in this process, all brigades at once: the same calls the api
/// makes, without thousands of password hashes (every unit head shares one precomputed hash) and logins (tokens are
/// issued by the api's own issuer). Setup only; nothing here is timed.
/// </summary>
public sealed class ProvinceSeeder(BenchHost host, BenchOptions options, int year)
{
    private const string Actor = "bench";

    public async Task<List<ProvinceReport>> Seed()
    {
        var hash = host.HashPassword("province", MainBrigade.Password);
        var reports = new List<ProvinceReport>[options.ProvinceBrigades];
        await Parallel.ForEachAsync(Enumerable.Range(0, options.ProvinceBrigades), new ParallelOptions { MaxDegreeOfParallelism = 64 }, async (b, _) =>
            reports[b] = await Brigade($"p{b + 1:D3}", hash));
        return reports.SelectMany(r => r).ToList();
    }

    public static string Id(int brigade) => $"p{brigade + 1:D3}";

    private async Task<List<ProvinceReport>> Brigade(string id, string hash)
    {
        var brigade = host.Grains.GetGrain<IBrigadeGrain>(id);
        await brigade.Configure(
            new BrigadeSettings($"{id}大队", $"中共{id}交警大队总支部委员会", "基准交警支队", "Asia/Shanghai", "支队党委", StatusThresholds.Default), Actor);
        var units = Enumerable.Range(1, options.ProvinceUnits).Select(u => new UnitDefinition($"u{u:D2}", $"第{u}中队", "中队", $"中队长{u}")).ToArray();
        var tokens = new Dictionary<string, string>();
        foreach (var unit in units)
        {
            await brigade.UpsertUnit(unit, Actor);
            var username = $"{id}-{unit.Id}";
            var account = await host.Grains.GetGrain<IUserGrain>(username)
                .Save(new UserAccount(username, unit.Head!, hash, Role.UnitHead, id, unit.Id, null), Actor);
            tokens[unit.Id] = host.Token(account);
        }

        for (var l = 0; l * 5 < units.Length; l++)
        {
            var supervised = units.Skip(l * 5).Take(5).Select(u => u.Id).ToArray();
            await brigade.UpsertLeader(new LeaderDefinition($"l{l + 1}", $"班子成员{l + 1}", l == 0 ? "大队长" : "副大队长", l == 0, supervised, []), Actor);
        }

        var reports = new List<ProvinceReport>();
        for (var i = 0; i < options.ProvinceTasks; i++)
        {
            var unit = units[i % units.Length].Id;
            var task = await brigade.CreateTask(SyntheticTasks.Draft(i, unit, year, $"P{i:D4}"), Actor);
            reports.Add(new ProvinceReport(task.Definition.Id, tokens[unit], Api.Encode(new { value = SyntheticTasks.Value(i), note = "月末填报：本月按计划推进。" })));
        }

        return reports;
    }
}
