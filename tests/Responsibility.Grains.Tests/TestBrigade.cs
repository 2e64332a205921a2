namespace Responsibility.Grains.Tests;

using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Tasks;

/// <summary>A small 大队 with a fresh id: two units, two leaders, and task drafts in both duty lines.</summary>
public sealed class TestBrigade(IGrainFactory grains)
{
    public const string Admin = "admin";

    public string Id { get; } = "b-" + Guid.NewGuid().ToString("N")[..12];

    public IBrigadeGrain Brigade => grains.GetGrain<IBrigadeGrain>(Id);

    /// <summary>A unit's rollup, as the brigade keeps it.</summary>
    public Scoped<Abstractions.Rollups.UnitRollup> Unit(string unitId) => new((year, asOf) => Brigade.GetUnitRollup(unitId, year, asOf));

    /// <summary>A leader's two duty lines, as the brigade keeps them.</summary>
    public Scoped<Abstractions.Rollups.LeaderRollup> Leader(string leaderId) => new((year, asOf) => Brigade.GetLeaderRollup(leaderId, year, asOf));

    public ITaskGrain Task(string taskId) => grains.GetGrain<ITaskGrain>(taskId);

    public async Task<TestBrigade> Create()
    {
        await Brigade.Configure(
            new BrigadeSettings("淄川大队", "淄川大队总支部委员会", "淄博市公安局交通警察支队", "Asia/Shanghai", "区委、区政府",
                StatusThresholds.Default),
            Admin);
        await Brigade.UpsertUnit(new UnitDefinition("fazhi", "法制室", "科室", "李明"), Admin);
        await Brigade.UpsertUnit(new UnitDefinition("xuanchuan", "宣传中队", "中队", "张华"), Admin);
        await Brigade.UpsertLeader(new LeaderDefinition("wang", "王立侠", "大队长", true, ["fazhi"], ["法治建设"]), Admin);
        await Brigade.UpsertLeader(new LeaderDefinition("zhao", "赵刚", "副大队长", false, ["xuanchuan"], ["宣传"]), Admin);
        return this;
    }

    public Task<TaskView> AddCount(string code, string unitId, DutyLine line, double target, string? indicator = null) =>
        Brigade.CreateTask(
            Draft(code, unitId, line, new Metric(MetricKind.Count, target, "次", RateDirection.HigherIsBetter, [])) with
            {
                IndicatorCode = indicator,
            },
            Admin);

    public Task<TaskView> AddRate(string code, string unitId, DutyLine line, double target) =>
        Brigade.CreateTask(
            Draft(code, unitId, line, new Metric(MetricKind.Rate, target, "%", RateDirection.HigherIsBetter, [])),
            Admin);

    public static TaskDraft Draft(string code, string unitId, DutyLine line, Metric metric) => new(
        2024, code, $"任务 {code}", line == DutyLine.Business ? "宣传教育" : "执法监督", unitId, null, line, metric, 1,
        new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31), null, null);

    public static ProgressReport Report(double value, DateOnly on, string? key = null) =>
        new(value, null, on, "按月填报", null, key);
}

public sealed class Scoped<T>(Func<int?, DateOnly?, Task<T>> read)
{
    public Task<T> GetRollup(int? year, DateOnly? asOf) => read(year, asOf);
}
