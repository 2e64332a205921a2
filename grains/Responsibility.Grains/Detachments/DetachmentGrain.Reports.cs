namespace Responsibility.Grains.Detachments;

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Detachments;
using Responsibility.Grains.Abstractions.Reports;
using Responsibility.Grains.Domain.Reports;
using Responsibility.Grains.Reports;

/// <summary>
/// The 月度调度通报: composed from the brigades' figures as of the month's end, numbered once per month in the
/// detachment's own series (<see cref="IDocumentNumberGrain"/>, issuer <see cref="GrainKeys.DetachmentIssuer"/>), each
/// version frozen in a grain of its own and recorded as an event. Due and caught up by the brigades' rule
/// (<see cref="ReportCalendar"/>) on the ticks of its brigades' report schedules.
/// </summary>
public sealed partial class DetachmentGrain
{
    /// <summary>The series of the detachment's numbered documents that its monthly reports take their 第N期 from.</summary>
    public const string MonthlyReportSeries = "monthly-report";

    public async Task<DetachmentReport> GenerateMonthlyReport(int year, int month, string actor)
    {
        var zone = BrigadeClock.Zone(Settings.TimeZone);
        if (year is < 2000 or > 2100 || month is < 1 or > 12)
        {
            throw DomainException.Invalid("month", "月份格式应为 yyyy-MM，例如 2024-03。");
        }

        if (!ReportCalendar.HasEnded(year, month, time.GetUtcNow(), zone))
        {
            throw DomainException.Invalid("month", $"{year}年{month}月尚未结束，月末之后才能生成该月调度通报。");
        }

        var max = ServiceProvider.GetRequiredService<IOptions<ReportOptions>>().Value.MaxVersionsPerMonth;
        if (State.Reports.GetValueOrDefault(ReportCalendar.Key(year, month)) is { } known && known.Versions >= max)
        {
            throw DomainException.Conflict(
                $"{year}年{month}月的调度通报已有 {known.Versions} 版，达到每月 {max} 版的上限，不能再生成；请查看或下载已有的最新版本。",
                "month");
        }

        return await StoreMonthlyReport(year, month, actor);
    }

    public async Task<string[]> CatchUpMonthlyReports()
    {
        if (State.Settings is null || State.Brigades.Count == 0)
        {
            return [];
        }

        var zone = BrigadeClock.Zone(Settings.TimeZone);
        var now = time.GetUtcNow();
        var since = (await GetInfo()).CreatedOn;
        var years = Enumerable.Range(since.Year, Math.Max(1, now.Year - since.Year + 2));
        var generated = new List<string>();
        foreach (var (year, month) in ReportCalendar.DueMonths(years, since, now, zone))
        {
            var key = ReportCalendar.Key(year, month);
            if (ReportCalendar.NeedsReport(year, month, State.Reports.GetValueOrDefault(key)?.LatestGeneratedAt, zone))
            {
                // The schedule's report of a month is never refused for the version cap, as the brigades' is not.
                await StoreMonthlyReport(year, month, ReportActors.Schedule);
                generated.Add(key);
            }
        }

        return [.. generated];
    }

    public Task<DetachmentReportInfo[]> ListMonthlyReports()
    {
        _ = Settings;
        return Task.FromResult(State.Reports.Values.OrderByDescending(r => r.Year).ThenByDescending(r => r.Month).ToArray());
    }

    public async Task<DetachmentReport> GetMonthlyReport(int year, int month, int? version)
    {
        _ = Settings;
        var latest = State.Reports.GetValueOrDefault(ReportCalendar.Key(year, month))?.Versions ?? 0;
        var wanted = version ?? latest;
        var found = wanted >= 1 && wanted <= latest ? await MonthlyReportVersion(year, month, wanted).Get() : null;
        return found ?? throw DomainException.NotFound(version is null ? "该月调度通报尚未生成。" : $"该月调度通报没有第 {version} 版。");
    }

    private async Task<DetachmentReport> StoreMonthlyReport(int year, int month, string actor)
    {
        var key = ReportCalendar.Key(year, month);
        var version = (State.Reports.GetValueOrDefault(key)?.Versions ?? 0) + 1;
        var asOf = MonthlyReportComposer.EndOf(year, month);
        var dashboard = await GetDashboard(year, asOf);
        var figures = new List<DetachmentReportComposer.BrigadeFigures>();
        foreach (var row in dashboard.Brigades)
        {
            figures.Add(new(row, await GrainFactory.GetGrain<IBrigadeGrain>(row.BrigadeId).GetRollup(year, asOf)));
        }

        // The month's number: the same document id asks again on a regeneration and gets the number it had.
        var number = await GrainFactory.GetGrain<IDocumentNumberGrain>(
                GrainKeys.DocumentNumbers(GrainKeys.DetachmentIssuer(Id), MonthlyReportSeries, year))
            .Take($"{MonthlyReportSeries}/{key}", actor);
        var report = DetachmentReportComposer.Compose(
            await GetInfo(), year, month, version, number, time.GetUtcNow(), actor, figures, await InstructionLines());
        await MonthlyReportVersion(year, month, version).Store(report);
        await Raise(new DetachmentReportGenerated(year, month, version, number) { Actor = actor, At = report.GeneratedAt });
        return report;
    }

    private IDetachmentReportVersionGrain MonthlyReportVersion(int year, int month, int version) =>
        GrainFactory.GetGrain<IDetachmentReportVersionGrain>(GrainKeys.DetachmentReportVersion(Id, year, month, version));
}
