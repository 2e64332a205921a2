namespace Responsibility.Grains.Reports;

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Reports;
using Responsibility.Grains.Domain;
using Responsibility.Grains.Domain.Reports;
using Responsibility.Storage.Events;

public sealed class MonthlyReportGrain(
    [PersistentState("monthlyReport", StorageNames.Main)] IPersistentState<MonthlyReportState> state,
    IEventStore events,
    IOptions<ReportOptions> options,
    [FromKeyedServices(DomainClock.Key)] TimeProvider time) : Grain, IMonthlyReportGrain
{
    public async Task<MonthlyReport> EnsureGenerated(string actor)
    {
        if (state.State.LatestVersion > 0)
        {
            var latest = await Get(null);
            if (ReportCalendar.Covers(latest.Year, latest.Month, latest.GeneratedAt, BrigadeClock.Zone(latest.Header.TimeZone)))
            {
                return latest;
            }
        }

        // The schedule's report of the month is never refused: it comes only when no stored version covers the month.
        return await Store(actor);
    }

    public async Task<MonthlyReport> Generate(string actor)
    {
        var max = options.Value.MaxVersionsPerMonth;
        if (state.State.LatestVersion >= max)
        {
            var (year, month) = Month;
            throw DomainException.Conflict(
                $"{year}年{month}月的报告已有 {state.State.LatestVersion} 版，达到每月 {max} 版的上限，不能再生成；请查看或下载已有的最新版本。",
                "month");
        }

        return await Store(actor);
    }

    public async Task<MonthlyReport> Preview(string actor)
    {
        var (year, month) = Month;
        var now = time.GetUtcNow();
        return MonthlyReportComposer.Preview(await Inputs(actor, now), year, month, now, actor);
    }

    public async Task<MonthlyReport> Get(int? version)
    {
        var wanted = version ?? state.State.LatestVersion;
        var found = wanted >= 1 && wanted <= state.State.LatestVersion ? await Version(wanted).Get() : null;
        return found ?? throw DomainException.NotFound(version is null ? "该月报告尚未生成。" : $"该月报告没有第 {version} 版。");
    }

    private async Task<MonthlyReport> Store(string actor)
    {
        var (year, month) = Month;
        var version = state.State.LatestVersion + 1;
        var now = time.GetUtcNow();
        var report = MonthlyReportComposer.Compose(await Inputs(actor, now), year, month, version, now, actor);
        await Version(version).Store(report);
        state.State.LatestVersion = version;
        await state.WriteStateAsync();
        Telemetry.ReportGenerations.Add(1);
        return report;
    }

    private (int Year, int Month) Month
    {
        get
        {
            var key = this.GetPrimaryKeyString();
            var month = key[(key.IndexOf('/') + 1)..];
            return (int.Parse(month[..4]), int.Parse(month[5..]));
        }
    }

    /// <summary>
    /// The month's year, and the next year too in December (section 七 looks a month ahead); the leaders' 清单 as it stood on
    /// the report's date and their records (section 三); the brigade's 督责 (section 五).
    /// </summary>
    private async Task<ReportContext> Inputs(string actor, DateTimeOffset now)
    {
        var (year, month) = Month;
        var brigadeId = GrainKeys.BrigadeOf(this.GetPrimaryKeyString());
        var context = await ReportInputs.LoadNamingPeople(GrainFactory, events, brigadeId, actor, year, month == 12 ? year + 1 : year);
        var asOf = MonthlyReportComposer.AsOf(year, month, DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, context.Zone).DateTime));
        return context.With(await ReportInputs.Duties(GrainFactory, brigadeId, year, asOf, context.Brigade.Leaders.Select(l => l.Id)))
            .With(await ReportInputs.Oversight(events, brigadeId));
    }

    private IMonthlyReportVersionGrain Version(int version)
    {
        var (year, month) = Month;
        return GrainFactory.GetGrain<IMonthlyReportVersionGrain>(
            GrainKeys.MonthlyReportVersion(GrainKeys.BrigadeOf(this.GetPrimaryKeyString()), year, month, version));
    }
}
