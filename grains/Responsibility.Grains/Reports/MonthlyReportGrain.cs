namespace Responsibility.Grains.Reports;

using Microsoft.Extensions.DependencyInjection;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Reports;
using Responsibility.Grains.Domain.Reports;
using Responsibility.Storage.Events;

public sealed class MonthlyReportGrain(
    [PersistentState("monthlyReport", StorageNames.Main)] IPersistentState<MonthlyReportState> state,
    IEventStore events,
    [FromKeyedServices(DomainClock.Key)] TimeProvider time) : Grain, IMonthlyReportGrain
{
    public async Task<MonthlyReport> EnsureGenerated(string actor) =>
        state.State.LatestVersion > 0 ? await Get(null) : await Generate(actor);

    public async Task<MonthlyReport> Generate(string actor)
    {
        var key = this.GetPrimaryKeyString();
        var (year, month) = ParseMonth(key);
        var nextYear = month == 12 ? year + 1 : year;
        var context = await ReportInputs.Load(GrainFactory, events, GrainKeys.BrigadeOf(key), year, nextYear);
        var version = state.State.LatestVersion + 1;
        var report = MonthlyReportComposer.Compose(context, year, month, version, time.GetUtcNow(), actor);
        await Version(version).Store(report);
        state.State.LatestVersion = version;
        await state.WriteStateAsync();
        return report;
    }

    public async Task<MonthlyReport> Get(int? version)
    {
        var wanted = version ?? state.State.LatestVersion;
        var found = wanted >= 1 && wanted <= state.State.LatestVersion ? await Version(wanted).Get() : null;
        return found ?? throw DomainException.NotFound(version is null ? "该月报告尚未生成。" : $"该月报告没有第 {version} 版。");
    }

    private IMonthlyReportVersionGrain Version(int version)
    {
        var key = this.GetPrimaryKeyString();
        var (year, month) = ParseMonth(key);
        return GrainFactory.GetGrain<IMonthlyReportVersionGrain>(
            GrainKeys.MonthlyReportVersion(GrainKeys.BrigadeOf(key), year, month, version));
    }

    private static (int Year, int Month) ParseMonth(string key)
    {
        var month = key[(key.IndexOf('/') + 1)..];
        return (int.Parse(month[..4]), int.Parse(month[5..]));
    }
}
