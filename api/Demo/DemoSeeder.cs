namespace Responsibility.Api.Demo;

using System.Text;
using Responsibility.Api.Auth;
using Responsibility.Api.Hosting;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Reports;
using Responsibility.Grains.Abstractions.Tasks;
using Responsibility.Hosting;

/// <summary>
/// With <c>--demo</c>: creates the 淄川大队 demo brigade through the grains — organisation, accounts, this year's task
/// list and its monthly progress up to today, some entries with 佐证材料, last month's 党总支扩大会 and the 督办 since, the
/// year's 责任清单 with its 责任书, 廉政风险点 and 履责纪实 (<see cref="DemoDuties"/>), and 淄博支队 over it and two smaller
/// brigades (<see cref="DemoDetachment"/>) —
/// unless the brigade already exists. The year is replayed in date order on the <see cref="DemoClock"/>: each act
/// carries the day it stands for, as if the brigade had used the system since January (the office set it up, the units
/// reported on the 25th, the schedule reported each month on the 1st at 08:00). Registered after the silo and
/// <see cref="Hosting.AdminBootstrap"/>, so it starts after them.
/// </summary>
public sealed class DemoSeeder(
    IGrainFactory grains, Passwords passwords, [FromKeyedServices(DomainClock.Key)] TimeProvider clock, IConfiguration configuration,
    ILogger<DemoSeeder> logger)
    : IHostedService
{
    /// <summary>The office clerk (李静) sets the brigade up, as a brigade's Admin would.</summary>
    public const string Clerk = "zc-admin";

    private static readonly TimeOnly SetUpAt = new(9, 0);
    private static readonly TimeOnly ReportedAt = new(16, 0);
    private static readonly TimeOnly ReturnedAt = new(10, 30);

    private readonly Dictionary<string, string> taskIds = new(StringComparer.Ordinal);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var brigade = grains.GetGrain<IBrigadeGrain>(DemoOrganisation.BrigadeId);
        if (await Exists(brigade))
        {
            logger.LogInformation("Demo brigade {BrigadeId} already exists; left unchanged", DemoOrganisation.BrigadeId);
            PrintLogins("Demo brigade 淄川大队 (zichuan) already exists and was left unchanged. Demo logins:");
            return;
        }

        var zone = BrigadeClock.Zone(DemoOrganisation.Settings.TimeZone);
        var now = TimeProvider.System.GetUtcNow();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        var timeline = new DemoTimeline(zone, now);
        timeline.At(new DateOnly(today.Year, 1, 2), SetUpAt, () => SetUp(brigade, today.Year));
        foreach (var (task, index) in DemoTasks.All.Select((t, i) => (t, i)))
        {
            AddReports(timeline, task, index, today);
        }

        // The schedule reports each month on the 1st of the next; the replay does what it would have done.
        var schedule = grains.GetGrain<IReportScheduleGrain>(DemoOrganisation.BrigadeId);
        for (var month = 1; month < today.Month; month++)
        {
            var (year, m) = (today.Year, month);
            timeline.At(new DateOnly(year, m, 1).AddMonths(1), ReportCalendarTime, () => schedule.Generate(year, m, ReportActors.Schedule));
        }

        DemoSupervision.Add(timeline, grains, today);
        DemoDuties.Add(timeline, grains, today);
        // Only a silo in this process runs on the demo clock; an api seeding as an Orleans client acts at today's time.
        DemoOversight.Add(timeline, grains, today, replayed: !ClusterSettings.From(configuration).IsClient);
        DemoAccountability.Add(timeline, grains, today);
        DemoRatings.Add(timeline, grains, today);
        DemoAppraisal.Add(timeline, grains, today);
        DemoDetachment.Add(timeline, grains, passwords, today, ReportedAt);
        await timeline.Run(clock as DemoClock, cancellationToken);

        logger.LogInformation(
            "Demo brigade {BrigadeId} created with {TaskCount} tasks for {Year}",
            DemoOrganisation.BrigadeId, DemoTasks.All.Count, today.Year);
        PrintLogins(
            $"Demo brigade 淄川大队 (zichuan) created: {DemoTasks.All.Count} tasks for {today.Year}, progress up to {today:yyyy-MM-dd}.");
    }

    /// <summary>When the schedule generates a month's report (SPEC §7: the 1st of the next month, 08:00).</summary>
    private static TimeOnly ReportCalendarTime => new(8, 0);

    /// <summary>The system admin creates the brigade and its accounts; the clerk enters the organisation and the year's tasks.</summary>
    private async Task SetUp(IBrigadeGrain brigade, int year)
    {
        await brigade.Configure(DemoOrganisation.Settings, AdminBootstrap.AdminUsername);
        await SaveAccounts();
        foreach (var unit in DemoOrganisation.Units)
        {
            await brigade.UpsertUnit(unit, Clerk);
        }

        foreach (var leader in DemoOrganisation.Leaders)
        {
            await brigade.UpsertLeader(leader, Clerk);
        }

        foreach (var task in DemoTasks.All)
        {
            taskIds[task.Code] = (await brigade.CreateTask(task.ToDraft(year), Clerk)).Definition.Id;
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static async Task<bool> Exists(IBrigadeGrain brigade)
    {
        try
        {
            await brigade.GetInfo();
            return true;
        }
        catch (DomainException e) when (e.Kind == ErrorKind.NotFound)
        {
            return false;
        }
    }

    private async Task SaveAccounts()
    {
        foreach (var login in DemoOrganisation.Logins)
        {
            try
            {
                var hash = passwords.Hash(login.Username, DemoOrganisation.Password);
                await grains.GetGrain<IUserGrain>(login.Username).Save(login.ToAccount(hash), AdminBootstrap.AdminUsername);
            }
            catch (DomainException e) when (e.Kind == ErrorKind.Conflict)
            {
                // Usernames are global: one taken by another brigade stays theirs, and the demo does without it.
                logger.LogWarning("Demo account {Username} skipped: {Reason}", login.Username, e.Message);
            }
        }
    }

    /// <summary>
    /// Each report comes from the unit's head in the afternoon of its day (a few minutes apart from unit to unit); a
    /// returned one is returned by the task's leader the next morning (退回).
    /// </summary>
    private void AddReports(DemoTimeline timeline, DemoTask task, int index, DateOnly today)
    {
        var reporter = DemoOrganisation.UnitHeadUsername(task.UnitId);
        var leader = DemoOrganisation.LeaderUsername(task.LeaderId ?? DemoOrganisation.Leaders.First(l => l.UnitIds.Contains(task.UnitId)).Id);
        var unitName = DemoOrganisation.Units.Single(u => u.Id == task.UnitId).Name;
        var at = ReportedAt.AddMinutes(index * 7 % 120);
        foreach (var report in DemoProgress.For(task, today))
        {
            var entryId = "";
            timeline.At(report.OccurredOn, at, async () =>
            {
                var files = DemoEvidence.For(task, report, unitName, today) is { } file
                    ? [await DemoEvidence.Upload(grains, file, reporter)]
                    : Array.Empty<string>();
                var sent = new ProgressReport(report.Value, report.Stage, report.OccurredOn, report.Note, Evidence: null, IdempotencyKey: null)
                {
                    AttachmentIds = files,
                };
                entryId = (await TaskOf(task).ReportProgress(sent, reporter)).Entry.Id;
            });
            if (report.ReturnReason is { } reason)
            {
                timeline.At(report.OccurredOn.AddDays(1), ReturnedAt, async () => await TaskOf(task).ReturnEntry(entryId, reason, leader));
            }
        }
    }

    private ITaskGrain TaskOf(DemoTask task) => grains.GetGrain<ITaskGrain>(taskIds[task.Code]);

    private static void PrintLogins(string headline)
    {
        var table = new StringBuilder().AppendLine(headline)
            .AppendLine($"  {"username",-12} {"role",-17} 姓名    单位或职务");
        foreach (var login in DemoOrganisation.Logins)
        {
            Line(table, login);
        }

        table.AppendLine("  淄博支队 (zibo) over 淄川, 张店 (zhangdian) and 博山 (boshan):");
        foreach (var login in DemoDetachment.Logins.Concat(DemoDetachment.Brigades.SelectMany(b => b.Logins.Take(2))))
        {
            Line(table, login);
        }

        table.AppendLine($"  Password of every demo account: {DemoOrganisation.Password}");
        Console.Write(table.ToString());

        // Chinese characters take two columns in a terminal.
        static void Line(StringBuilder table, DemoLogin login) =>
            table.AppendLine($"  {login.Username,-12} {login.Role,-17} {login.DisplayName.PadRight(8 - login.DisplayName.Length)}{login.Title}");
    }
}
