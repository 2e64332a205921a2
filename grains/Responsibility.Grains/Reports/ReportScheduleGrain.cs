namespace Responsibility.Grains.Reports;

using Microsoft.Extensions.DependencyInjection;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Reports;
using Responsibility.Grains.Domain;
using Responsibility.Grains.Domain.Reports;

/// <summary>
/// Decides, by the domain clock in the brigade's time zone, which months may be reported: a month is stored only once
/// it has ended, previewed only once it has begun. Each tick also catches up the brigade's detachment's reports.
/// </summary>
public sealed class ReportScheduleGrain(
    [PersistentState("reportSchedule", StorageNames.Main)] IPersistentState<ReportScheduleState> state,
    [FromKeyedServices(DomainClock.Key)] TimeProvider time) : Grain, IReportScheduleGrain, IRemindable
{
    public const string ReminderName = "monthly-reports";
    public const string ScheduleActor = ReportActors.Schedule;

    // Hourly is enough for an 08:00 deadline; the first tick soon after start catches up missed months.
    private static readonly TimeSpan Period = TimeSpan.FromHours(1);

    public Task Start() => this.RegisterOrUpdateReminder(ReminderName, TimeSpan.FromSeconds(30), Period);

    public Task ReceiveReminder(string reminderName, TickStatus status) => CatchUp();

    public async Task<string[]> CatchUp()
    {
        var brigadeId = this.GetPrimaryKeyString();
        var info = await GrainFactory.GetGrain<IBrigadeGrain>(brigadeId).GetInfo();
        var zone = BrigadeClock.Zone(info.Settings.TimeZone);
        var generated = new List<string>();
        foreach (var (year, month) in ReportCalendar.DueMonths(info.Years, info.CreatedOn, time.GetUtcNow(), zone))
        {
            var key = ReportCalendar.Key(year, month);
            // A report an older version made before its month ended does not count: the month gets a proper one.
            if (!ReportCalendar.NeedsReport(year, month, state.State.Reports.GetValueOrDefault(key)?.LatestGeneratedAt, zone))
            {
                continue;
            }

            var report = await Report(year, month).EnsureGenerated(ScheduleActor);
            await Record(report);
            generated.Add(key);
        }

        // The detachment's 月度调度通报 fall due by the same rule; its brigades' ticks are its schedule.
        if (info.DetachmentId is { } detachmentId)
        {
            await GrainFactory.GetGrain<IDetachmentGrain>(detachmentId).CatchUpMonthlyReports();
        }

        return [.. generated];
    }

    public async Task<MonthlyReport> Generate(int year, int month, string actor)
    {
        var zone = await Zone();
        if (!ReportCalendar.HasEnded(year, month, time.GetUtcNow(), zone))
        {
            throw DomainException.Invalid("month", $"{year}年{month}月尚未结束，月末之后才能生成该月报告；本月情况可先预览。");
        }

        var report = await Report(year, month).Generate(actor);
        await Record(report);
        return report;
    }

    public async Task<MonthlyReport> Preview(int year, int month, string actor)
    {
        var zone = await Zone();
        if (!ReportCalendar.HasStarted(year, month, time.GetUtcNow(), zone))
        {
            throw DomainException.Invalid("month", $"{year}年{month}月尚未开始，不能预览。");
        }

        return await Report(year, month).Preview(actor);
    }

    public Task<MonthlyReportInfo[]> List() => Task.FromResult(state.State.Reports.Values
        .OrderByDescending(r => r.Year).ThenByDescending(r => r.Month)
        .ToArray());

    private async Task<TimeZoneInfo> Zone() =>
        BrigadeClock.Zone((await GrainFactory.GetGrain<IBrigadeGrain>(this.GetPrimaryKeyString()).GetSettings()).TimeZone);

    private IMonthlyReportGrain Report(int year, int month) =>
        GrainFactory.GetGrain<IMonthlyReportGrain>(GrainKeys.MonthlyReport(this.GetPrimaryKeyString(), year, month));

    private async Task Record(MonthlyReport report)
    {
        state.State.Reports[ReportCalendar.Key(report.Year, report.Month)] = new MonthlyReportInfo(
            report.Year, report.Month, report.Version, report.GeneratedAt, report.GeneratedBy, report.GeneratedByName);
        await state.WriteStateAsync();
    }
}
