namespace Responsibility.Api.Demo;

using System.Text;
using Responsibility.Api.Auth;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Tasks;

/// <summary>
/// With <c>--demo</c>: creates the 淄川大队 demo brigade through the grains — organisation, accounts, this year's task
/// list and its monthly progress up to today, some entries with 佐证材料 — unless the brigade already exists. Registered after the silo and
/// <see cref="Hosting.AdminBootstrap"/>, so it starts after them.
/// </summary>
public sealed class DemoSeeder(IGrainFactory grains, Passwords passwords, TimeProvider time, ILogger<DemoSeeder> logger)
    : IHostedService
{
    public const string Actor = "demo";

    /// <summary>Who the demo's back-filled monthly reports name as their generator, as the schedule would.</summary>
    private const string ReportActor = "system";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var brigade = grains.GetGrain<IBrigadeGrain>(DemoOrganisation.BrigadeId);
        if (await Exists(brigade))
        {
            logger.LogInformation("Demo brigade {BrigadeId} already exists; left unchanged", DemoOrganisation.BrigadeId);
            PrintLogins("Demo brigade 淄川大队 (zichuan) already exists and was left unchanged. Demo logins:");
            return;
        }

        var today = Today();
        await brigade.Configure(DemoOrganisation.Settings, Actor);
        foreach (var unit in DemoOrganisation.Units)
        {
            await brigade.UpsertUnit(unit, Actor);
        }

        foreach (var leader in DemoOrganisation.Leaders)
        {
            await brigade.UpsertLeader(leader, Actor);
        }

        await SaveAccounts();
        foreach (var task in DemoTasks.All)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var view = await brigade.CreateTask(task.ToDraft(today.Year), Actor);
            await Report(view.Definition, task, today);
        }

        // The schedule reports months from the brigade's start on; the demo's history gets its reports here.
        var schedule = grains.GetGrain<IReportScheduleGrain>(DemoOrganisation.BrigadeId);
        for (var month = 1; month < today.Month; month++)
        {
            await schedule.Generate(today.Year, month, ReportActor);
        }

        await DemoSupervision.Seed(grains, today);

        logger.LogInformation(
            "Demo brigade {BrigadeId} created with {TaskCount} tasks for {Year}",
            DemoOrganisation.BrigadeId, DemoTasks.All.Count, today.Year);
        PrintLogins(
            $"Demo brigade 淄川大队 (zichuan) created: {DemoTasks.All.Count} tasks for {today.Year}, progress up to {today:yyyy-MM-dd}.");
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
                await grains.GetGrain<IUserGrain>(login.Username).Save(login.ToAccount(hash), Actor);
            }
            catch (DomainException e) when (e.Kind == ErrorKind.Conflict)
            {
                // Usernames are global: one taken by another brigade stays theirs, and the demo does without it.
                logger.LogWarning("Demo account {Username} skipped: {Reason}", login.Username, e.Message);
            }
        }
    }

    /// <summary>Each report comes from the unit's head; a returned one is returned by the task's leader (退回).</summary>
    private async Task Report(TaskDefinition definition, DemoTask task, DateOnly today)
    {
        var grain = grains.GetGrain<ITaskGrain>(definition.Id);
        var reporter = DemoOrganisation.UnitHeadUsername(definition.UnitId);
        var unitName = DemoOrganisation.Units.Single(u => u.Id == definition.UnitId).Name;
        foreach (var report in DemoProgress.For(task, today))
        {
            var files = DemoEvidence.For(task, report, unitName, today) is { } file
                ? [await DemoEvidence.Upload(grains, file, reporter)]
                : Array.Empty<string>();
            var sent = new ProgressReport(report.Value, report.Stage, report.OccurredOn, report.Note, Evidence: null, IdempotencyKey: null)
            {
                AttachmentIds = files,
            };
            var result = await grain.ReportProgress(sent, reporter);
            if (report.ReturnReason is { } reason)
            {
                await grain.ReturnEntry(result.Entry.Id, reason, DemoOrganisation.LeaderUsername(definition.LeaderId));
            }
        }
    }

    /// <summary>Today in the brigade's time zone, reckoned as the grains do (UTC when the zone is unknown).</summary>
    private DateOnly Today()
    {
        var zoneId = DemoOrganisation.Settings.TimeZone;
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out var found) ? found : TimeZoneInfo.Utc;
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone).DateTime);
    }

    private static void PrintLogins(string headline)
    {
        var table = new StringBuilder().AppendLine(headline)
            .AppendLine($"  {"username",-12} {"role",-14} 姓名    单位或职务");
        foreach (var login in DemoOrganisation.Logins)
        {
            // Chinese characters take two columns in a terminal.
            var name = login.DisplayName.PadRight(8 - login.DisplayName.Length);
            table.AppendLine($"  {login.Username,-12} {login.Role,-14} {name}{login.Title}");
        }

        table.AppendLine($"  Password of every demo account: {DemoOrganisation.Password}");
        Console.Write(table.ToString());
    }
}
