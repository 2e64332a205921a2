namespace Responsibility.Bench;

using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Domain;

/// <summary>
/// The measured brigade, set up as an office would through the public API: the system admin configures it, its units
/// and leaders, and creates a brigade Admin, a BrigadeLeader and one unit head per unit, who sign in. Its tasks are
/// created over HTTP by its Admin (the creation rate is a figure); their earlier history is seeded through the grains
/// when the bench hosts them, otherwise (a cluster) over HTTP.
/// </summary>
public sealed class MainBrigade(Api api, IGrainFactory? grains, string id, int units)
{
    public const string Password = "lx-bench-user-7319";

    private readonly List<BenchTask> tasks = [];
    private int others;

    public string Id => id;

    public string AdminToken { get; private set; } = "";

    public string LeaderToken { get; private set; } = "";

    public string[] UnitTokens { get; private set; } = [];

    /// <summary>The synthetic tasks, the ones the load loops report on.</summary>
    public IReadOnlyList<BenchTask> Tasks => tasks;

    /// <summary>Every task of the brigade: the synthetic ones and those a measurement created for itself.</summary>
    public int TaskCount => tasks.Count + others;

    public static DateOnly Today => BrigadeClock.Today(TimeProvider.System, "Asia/Shanghai");

    public string UnitId(int unit) => $"u{unit + 1:D2}";

    public string UnitHead(int unit) => $"{id}-{UnitId(unit)}";

    public async Task Organise()
    {
        var system = await api.SignIn("admin", BenchHost.AdminPassword);
        await api.Send(HttpMethod.Put, $"/api/v1/brigades/{id}", system, new
        {
            name = "基准大队", partyOrgName = "中共基准交警大队总支部委员会", detachmentName = "基准交警支队", timeZone = "Asia/Shanghai",
        });
        for (var u = 0; u < units; u++)
        {
            await api.Send(HttpMethod.Put, $"/api/v1/brigades/{id}/units/{UnitId(u)}", system, new { name = $"第{u + 1}中队", kind = "中队", head = $"中队长{u + 1}" });
        }

        // Each leader supervises (分管) four units; the first is the 第一责任人.
        for (var l = 0; l * 4 < units; l++)
        {
            var supervised = Enumerable.Range(l * 4, Math.Min(4, units - l * 4)).Select(UnitId).ToArray();
            await api.Send(HttpMethod.Put, $"/api/v1/brigades/{id}/leaders/l{l + 1:D2}", system, new
            {
                name = $"班子成员{l + 1}", post = l == 0 ? "大队长" : "副大队长", isFirstResponsible = l == 0, unitIds = supervised, areas = Array.Empty<string>(),
            });
        }

        AdminToken = await Account(system, $"{id}-admin", "Admin", null);
        LeaderToken = await Account(system, $"{id}-lead", "BrigadeLeader", null);
        UnitTokens = new string[units];
        for (var u = 0; u < units; u++)
        {
            UnitTokens[u] = await Account(system, UnitHead(u), "UnitHead", UnitId(u));
        }
    }

    /// <summary>Creates synthetic tasks over HTTP until the brigade has <paramref name="count"/>; answers the burst's result.</summary>
    public async Task<LoadResult> CreateTasks(int count, int clients)
    {
        var from = tasks.Count;
        var created = new BenchTask[count - TaskCount];
        var result = await Load.ForItems(clients, Enumerable.Range(from, created.Length).ToArray(), async i =>
        {
            var unit = i % units;
            var body = SyntheticTasks.Body(i, UnitId(unit), Today.Year, $"B{i:D5}");
            var task = await api.Send(HttpMethod.Post, $"/api/v1/brigades/{id}/tasks", AdminToken, body);
            created[i - from] = new BenchTask(task["id"]!.GetValue<string>(), i, unit);
        });
        tasks.AddRange(created);
        return result;
    }

    /// <summary>
    /// Earlier entries of tasks <paramref name="from"/> onwards (not timed): through the task grains, or by their unit
    /// heads over HTTP, dated in the past, when the grains are in other processes.
    /// </summary>
    public Task SeedHistory(int from) => Parallel.ForEachAsync(
        tasks.Skip(from), new ParallelOptions { MaxDegreeOfParallelism = grains is null ? 32 : 64 }, async (task, _) =>
        {
            foreach (var report in SyntheticTasks.History(task.Index, Today))
            {
                if (grains is null)
                {
                    var body = new { value = report.Value, occurredOn = report.OccurredOn, note = report.Note };
                    await api.Send(HttpMethod.Post, $"/api/v1/tasks/{task.Id}/progress", UnitTokens[task.Unit], body);
                }
                else
                {
                    await grains.GetGrain<ITaskGrain>(task.Id).ReportProgress(report, UnitHead(task.Unit));
                }
            }
        });

    /// <summary>Creates one task of unit 0 over HTTP, outside the synthetic ones; it counts in <see cref="TaskCount"/>.</summary>
    public async Task<BenchTask> CreateOther(object body)
    {
        var created = await api.Send(HttpMethod.Post, $"/api/v1/brigades/{id}/tasks", AdminToken, body);
        others++;
        // Index 0 is a count task, so the report body the load loops send (value 1) fits it.
        return new BenchTask(created["id"]!.GetValue<string>(), 0, 0);
    }

    /// <summary>A unit head's report on a task of their unit: what the load loops send (through another api if given).</summary>
    public Task<int> Report(BenchTask task, string? note = null, Api? via = null) => (via ?? api).SendJson(
        HttpMethod.Post, $"/api/v1/tasks/{task.Id}/progress", UnitTokens[task.Unit],
        Api.Encode(new { value = SyntheticTasks.Value(task.Index), note = note ?? "本月按计划推进。" }), Guid.NewGuid().ToString("N"));

    private async Task<string> Account(string system, string username, string role, string? unitId)
    {
        await api.Send(HttpMethod.Put, $"/api/v1/brigades/{id}/users/{username}", system, new
        {
            displayName = username, password = Password, role, unitId,
        });
        return await api.SignIn(username, Password);
    }
}
