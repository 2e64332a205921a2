namespace Responsibility.Grains.Reports;

using Microsoft.Extensions.DependencyInjection;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Reports;
using Responsibility.Grains.Domain;
using Responsibility.Grains.Domain.Reports;

public sealed class ReportScheduleGrain(
    [PersistentState("reportSchedule", StorageNames.Main)] IPersistentState<ReportScheduleState> state,
    [FromKeyedServices(DomainClock.Key)] TimeProvider time) : Grain, IReportScheduleGrain, IRemindable
{
    public const string ReminderName = "monthly-reports";
    public const string ScheduleActor = "system";

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
            if (state.State.Reports.ContainsKey(key))
            {
                continue;
            }

            var report = await Report(year, month).EnsureGenerated(ScheduleActor);
            await Record(report);
            generated.Add(key);
        }

        return [.. generated];
    }

    public async Task<MonthlyReport> Generate(int year, int month, string actor)
    {
        var report = await Report(year, month).Generate(actor);
        await Record(report);
        return report;
    }

    public Task<MonthlyReportInfo[]> List() => Task.FromResult(state.State.Reports.Values
        .OrderByDescending(r => r.Year).ThenByDescending(r => r.Month)
        .ToArray());

    private IMonthlyReportGrain Report(int year, int month) =>
        GrainFactory.GetGrain<IMonthlyReportGrain>(GrainKeys.MonthlyReport(this.GetPrimaryKeyString(), year, month));

    private async Task Record(MonthlyReport report)
    {
        state.State.Reports[ReportCalendar.Key(report.Year, report.Month)] =
            new MonthlyReportInfo(report.Year, report.Month, report.Version, report.GeneratedAt, report.GeneratedBy);
        await state.WriteStateAsync();
    }
}
