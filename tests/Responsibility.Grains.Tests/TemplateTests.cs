namespace Responsibility.Grains.Tests;

using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Accounts;
using Responsibility.Grains.Abstractions.Detachments;
using Responsibility.Grains.Abstractions.Inbox;
using Responsibility.Grains.Abstractions.Tasks;

/// <summary>
/// 上级交办: a detachment's template fans out as one task per brigade, waits unassigned (in the Admin's inbox, out of the
/// rollups), counts once the brigade assigns it, and hears of the template's changes as a visible change.
/// </summary>
public sealed class TemplateTests(ClusterFixture cluster) : IClassFixture<ClusterFixture>
{
    private static readonly InboxReader Admin = new(TestBrigade.Admin, Role.Admin, null, null);

    [Fact]
    public async Task APublishedTemplateFansOutOneInstancePerBrigadeMarkedWithItsSource()
    {
        var (detachment, brigades) = await Arrange(2);

        var template = await detachment.PublishTemplate(Draft("ZD-01", 10), null, "zhidui-admin");

        Assert.Equal(brigades.Select(b => b.Id), template.Instances.Select(i => i.BrigadeId));
        foreach (var (brigade, instance) in brigades.Zip(template.Instances))
        {
            var task = (await brigade.Task(instance.Id).GetView(null)).Definition;
            Assert.Equal((brigade.Id, "ZD-01", "", ""), (task.BrigadeId, task.Code, task.UnitId, task.LeaderId));
            Assert.Equal(new TemplateSource(detachment.GetPrimaryKeyString(), template.Id), task.Source);
            Assert.True(await brigade.Brigade.HasTask(instance.Id));
        }
    }

    [Fact]
    public async Task AnUnassignedInstanceWaitsInTheAdminsInboxAndOutOfTheRollupsUntilTheBrigadeAssignsIt()
    {
        var (detachment, brigades) = await Arrange(2);
        var brigade = brigades[0];
        var template = await detachment.PublishTemplate(Draft("ZD-02", 10), null, "zhidui-admin");
        var instance = template.Instances[0].Id;

        Assert.Equal(0, (await brigade.Brigade.GetRollup(2024, null)).Overall.TaskCount);
        Assert.Empty(await brigade.Brigade.GetTaskIds([2024]));
        Assert.Empty(await brigade.Brigade.ListTasks(new TaskFilter(), null));
        var waiting = Assert.Single((await Inbox(brigade, Admin)).Items);
        Assert.Equal((InboxItemKind.TemplateToAssign, instance, "ZD-02 全面开展交通安全宣传"), (waiting.Kind, waiting.TaskId, waiting.Title));
        var before = await detachment.GetTemplate(template.Id, null);
        Assert.False(before.Brigades[0].Assigned);
        Assert.Null(before.Brigades[0].Progress);

        await brigade.Task(instance).Update(new TaskPatch(UnitId: "xuanchuan"), null, TestBrigade.Admin);
        await brigade.Task(instance).ReportProgress(TestBrigade.Report(5, new DateOnly(2024, 6, 14)), "xuanchuan-head");

        var rollup = await brigade.Brigade.GetRollup(2024, null);
        Assert.Equal(1, rollup.Overall.TaskCount);
        Assert.Equal([instance], await brigade.Brigade.GetTaskIds([2024]));
        Assert.Empty((await Inbox(brigade, Admin)).Items);
        Assert.Equal(0, (await brigades[1].Brigade.GetRollup(2024, null)).Overall.TaskCount);
        var after = await detachment.GetTemplate(template.Id, null);
        var row = after.Brigades[0];
        Assert.Equal((true, "宣传中队", "赵刚", 0.5), (row.Assigned, row.UnitName, row.LeaderName, row.Progress!.Percent));
        Assert.False(after.Brigades[1].Assigned);
    }

    [Fact]
    public async Task AChangedTemplateReachesEveryInstanceAsAVisibleChangeKeepingTheBrigadesAssignment()
    {
        var (detachment, brigades) = await Arrange(2);
        var template = await detachment.PublishTemplate(Draft("ZD-03", 10), null, "zhidui-admin");
        var assigned = template.Instances[0].Id;
        await brigades[0].Task(assigned).Update(new TaskPatch(UnitId: "fazhi"), null, TestBrigade.Admin);

        var changed = await detachment.ChangeTemplate(template.Id, new TaskPatch(Target: 12), 1, "zhidui-admin");

        Assert.Equal(2, changed.Version);
        const string Note = "支队交办事项已调整：目标 10 次 → 12 次";
        var kept = (await brigades[0].Task(assigned).GetView(null)).Definition;
        Assert.Equal((12d, "fazhi", "wang"), (kept.Metric.Target, kept.UnitId, kept.LeaderId));
        var waiting = (await brigades[1].Task(template.Instances[1].Id).GetView(null)).Definition;
        Assert.Equal((12d, ""), (waiting.Metric.Target, waiting.UnitId));
        var notice = Assert.Single((await Inbox(brigades[0], Admin)).Items);
        Assert.Equal((InboxItemKind.TemplateAdjusted, assigned, Note), (notice.Kind, notice.TaskId, notice.Detail));
        Assert.Contains((await Inbox(brigades[1], Admin)).Items, i => i.Kind == InboxItemKind.TemplateAdjusted && i.Detail == Note);
        var instance = Assert.Single(await brigades[0].Brigade.GetTemplateInstances());
        Assert.Equal((2, Note), (instance.AdjustedVersion, instance.AdjustedNote));

        var stale = await Assert.ThrowsAsync<DomainException>(() => detachment.ChangeTemplate(template.Id, new TaskPatch(Target: 15), 1, "zhidui-admin"));
        Assert.Equal(ErrorKind.PreconditionFailed, stale.Kind);
    }

    [Fact]
    public async Task ARetryWithTheSameIdempotencyKeyPublishesOnceAndAnotherBodyIsRefused()
    {
        var (detachment, brigades) = await Arrange(2);

        var first = await detachment.PublishTemplate(Draft("ZD-04", 10), "key-1", "zhidui-admin");
        var again = await detachment.PublishTemplate(Draft("ZD-04", 10), "key-1", "zhidui-admin");
        var refused = await Assert.ThrowsAsync<DomainException>(() => detachment.PublishTemplate(Draft("ZD-04", 11), "key-1", "zhidui-admin"));

        Assert.Equal(first.Id, again.Id);
        Assert.Equal(first.Instances, again.Instances);
        Assert.Single(await detachment.ListTemplates());
        Assert.Equal(ErrorKind.Unprocessable, refused.Kind);
        foreach (var brigade in brigades)
        {
            Assert.Single(await brigade.Brigade.GetTemplateInstances());
        }
    }

    [Fact]
    public async Task ABrigadeAttachedLaterGetsTheYearsTemplates()
    {
        var (detachment, _) = await Arrange(1);
        var template = await detachment.PublishTemplate(Draft("ZD-05", 10), null, "zhidui-admin");
        var late = await new TestBrigade(cluster.Grains).Create();

        await detachment.Attach(late.Id, "system");

        var instance = Assert.Single(await late.Brigade.GetTemplateInstances());
        Assert.Equal(template.Id, instance.Source.TemplateId);
        Assert.Equal(2, (await detachment.GetTemplate(template.Id, null)).Template.Instances.Length);
    }

    [Fact]
    public async Task AnInstanceWhoseCodeTheBrigadeAlreadyUsesGetsASuffixAndItsCodeIsTakenFromThen()
    {
        var (detachment, brigades) = await Arrange(1);
        await brigades[0].AddCount("ZD-06", "fazhi", DutyLine.Business, 5);

        var template = await detachment.PublishTemplate(Draft("ZD-06", 10), null, "zhidui-admin");
        var instance = (await brigades[0].Task(template.Instances[0].Id).GetView(null)).Definition;
        var taken = await Assert.ThrowsAsync<DomainException>(() => brigades[0].AddCount("ZD-06-ZD", "fazhi", DutyLine.Business, 5));

        Assert.Equal("ZD-06-ZD", instance.Code);
        Assert.Equal((ErrorKind.Conflict, "code"), (taken.Kind, taken.Field));
    }

    [Fact]
    public async Task ATemplateBreakingTheTaskRulesIsRefusedNamingTheField()
    {
        var (detachment, _) = await Arrange(1);

        var target = await Assert.ThrowsAsync<DomainException>(() => detachment.PublishTemplate(Draft("ZD-07", 1e308), null, "zhidui-admin"));
        var title = await Assert.ThrowsAsync<DomainException>(() => detachment.PublishTemplate(Draft("ZD-07", 10) with { Title = "  " }, null, "zhidui-admin"));
        await detachment.PublishTemplate(Draft("ZD-07", 10), null, "zhidui-admin");
        var twice = await Assert.ThrowsAsync<DomainException>(() => detachment.PublishTemplate(Draft("ZD-07", 10), null, "zhidui-admin"));

        Assert.Equal(("metric.target", "title", "code"), (target.Field, title.Field, twice.Field));
        Assert.Single(await detachment.ListTemplates());
    }

    internal static TemplateTask Draft(string code, double target) => new(
        2024, code, "全面开展交通安全宣传", "宣传教育", DutyLine.Business,
        new Metric(MetricKind.Count, target, "次", RateDirection.HigherIsBetter, []), 1, new DateOnly(2024, 1, 1),
        new DateOnly(2024, 12, 31), null, null);

    internal static async Task<(IDetachmentGrain Detachment, TestBrigade[] Brigades)> Arrange(IGrainFactory grains, int count)
    {
        var detachment = grains.GetGrain<IDetachmentGrain>("d-" + Guid.NewGuid().ToString("N")[..12]);
        await detachment.Configure(new DetachmentSettings("淄博支队", "Asia/Shanghai"), "system");
        var brigades = new List<TestBrigade>();
        for (var i = 0; i < count; i++)
        {
            var brigade = await new TestBrigade(grains).Create();
            await detachment.Attach(brigade.Id, "system");
            brigades.Add(brigade);
        }

        return (detachment, [.. brigades]);
    }

    private Task<(IDetachmentGrain Detachment, TestBrigade[] Brigades)> Arrange(int count) => Arrange(cluster.Grains, count);

    private Task<InboxContents> Inbox(TestBrigade brigade, InboxReader reader) =>
        cluster.Grains.GetGrain<IInboxGrain>(brigade.Id).For(reader);
}
