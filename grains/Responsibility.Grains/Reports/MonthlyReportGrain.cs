namespace Responsibility.Grains.Reports;

using Microsoft.Extensions.DependencyInjection;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Reports;
using Responsibility.Grains.Domain.Reports;

public sealed class MonthlyReportGrain(
    [PersistentState("monthlyReport", StorageNames.Main)] IPersistentState<MonthlyReportState> state,
    [FromKeyedServices(DomainClock.Key)] TimeProvider time) : Grain, IMonthlyReportGrain
{
    public async Task<MonthlyReport> EnsureGenerated(string actor) =>
        state.State.Versions.Count > 0 ? state.State.Versions[^1] : await Generate(actor);

    public async Task<MonthlyReport> Generate(string actor)
    {
        var key = this.GetPrimaryKeyString();
        var (year, month) = ParseMonth(key);
        var nextYear = month == 12 ? year + 1 : year;
        var context = await ReportInputs.Load(GrainFactory, GrainKeys.BrigadeOf(key), year, nextYear);
        var report = MonthlyReportComposer.Compose(
            context, year, month, state.State.Versions.Count + 1, time.GetUtcNow(), actor);
        state.State.Versions.Add(report);
        await state.WriteStateAsync();
        return report;
    }

    public Task<MonthlyReport> Get(int? version)
    {
        var versions = state.State.Versions;
        var found = version is int v ? versions.Find(r => r.Version == v) : versions.LastOrDefault();
        return Task.FromResult(found ?? throw DomainException.NotFound("该月报告尚未生成。"));
    }

    private static (int Year, int Month) ParseMonth(string key)
    {
        var month = key[(key.IndexOf('/') + 1)..];
        return (int.Parse(month[..4]), int.Parse(month[5..]));
    }
}
