namespace Responsibility.Grains.Tests;

using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Accounts;
using Responsibility.Grains.Abstractions.Reports;

/// <summary>Entries keep usernames; a report names people by the display names their accounts have when it is made.</summary>
[Collection(ReportClusterCollection.Name)]
public sealed class MonthlyReportNamesTests(ClusterFixture cluster)
{
    private static readonly DateTimeOffset MarchTenth = new(2024, 3, 10, 4, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset AprilSecond = new(2024, 4, 2, 4, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task ReturnedEntryAndGeneratorAreNamedByDisplayNameAndAnUnknownAccountByUsername()
    {
        var (brigade, leader, generator, reporter) = await ArrangeReturnedEntry();

        var report = await cluster.Grains.GetGrain<IReportScheduleGrain>(brigade.Id).Generate(2024, 3, generator);

        var returned = Assert.Single(report.Returned);
        Assert.Equal((leader, "赵刚"), (returned.ReturnedBy, returned.ReturnedByName));
        Assert.Equal((reporter, reporter), (returned.ReportedBy, returned.ReportedByName));
        Assert.Equal((generator, "王立侠"), (report.GeneratedBy, report.GeneratedByName));
        Assert.Equal("王立侠", Assert.Single(await cluster.Grains.GetGrain<IReportScheduleGrain>(brigade.Id).List()).GeneratedByName);
    }

    [Fact]
    public async Task ScheduledReportIsNamedAsGeneratedBySystem()
    {
        var (brigade, _, _, _) = await ArrangeReturnedEntry();
        var schedule = cluster.Grains.GetGrain<IReportScheduleGrain>(brigade.Id);

        await schedule.CatchUp();

        var info = Assert.Single(await schedule.List());
        Assert.Equal((ReportActors.Schedule, ReportActors.ScheduleName), (info.LatestGeneratedBy, info.GeneratedByName));
    }

    [Fact]
    public void ListLineStoredBeforeDisplayNamesShowsTheUsernameOrTheSchedule()
    {
        var byPerson = new MonthlyReportInfo(2024, 3, 1, AprilSecond, "dadui");
        var bySchedule = new MonthlyReportInfo(2024, 3, 1, AprilSecond, ReportActors.Schedule);

        Assert.Equal(("dadui", "系统自动生成"), (byPerson.GeneratedByName, bySchedule.GeneratedByName));
    }

    private async Task<(TestBrigade Brigade, string Leader, string Generator, string Reporter)> ArrangeReturnedEntry()
    {
        cluster.Time.AdjustTime(MarchTenth);
        var brigade = await new TestBrigade(cluster.Grains).Create();
        var (leader, generator, reporter) = ($"zhao-{brigade.Id}", $"dadui-{brigade.Id}", $"gone-{brigade.Id}");
        await Account(leader, "赵刚", brigade.Id, Role.Leader);
        await Account(generator, "王立侠", brigade.Id, Role.BrigadeLeader);
        var task = brigade.Task((await brigade.AddCount("XC-01", "xuanchuan", Abstractions.Tasks.DutyLine.Business, 100)).Definition.Id);
        var entry = await task.ReportProgress(TestBrigade.Report(10, new DateOnly(2024, 3, 3)), reporter);
        await task.ReturnEntry(entry.Entry.Id, "无佐证材料", leader);
        cluster.Time.AdjustTime(AprilSecond);
        return (brigade, leader, generator, reporter);
    }

    private Task<UserAccount> Account(string username, string displayName, string brigadeId, Role role) =>
        cluster.Grains.GetGrain<IUserGrain>(username).Save(new UserAccount(username, displayName, "hash", role, brigadeId, null, null), TestBrigade.Admin);
}
