namespace Responsibility.Grains.Tests;

using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Accounts;
using Responsibility.Grains.Abstractions.Detachments;
using Responsibility.Grains.Abstractions.Duties;
using Responsibility.Grains.Abstractions.Inbox;
using Responsibility.Grains.Abstractions.Tasks;

/// <summary>
/// 上级交办 of 责任清单 items: a DutyItem template puts one item into every brigade's 清单 of the year, marked with its
/// source and without holders (待分配, in the Admin's inbox) until the brigade's Admin sets them; a change reaches each
/// item as a visible change keeping its holders.
/// </summary>
public sealed class DutyItemTemplateTests(ClusterFixture cluster) : IClassFixture<ClusterFixture>
{
    private static readonly InboxReader Admin = new(TestBrigade.Admin, Role.Admin, null, null);

    [Fact]
    public async Task ADutyItemTemplateFansOutOneItemPerBrigadeMarkedWithItsSourceAndWithoutHolders()
    {
        var (detachment, brigades) = await TemplateTests.Arrange(cluster.Grains, 2);

        var template = await detachment.PublishDutyItemTemplate(Draft(), null, "zhidui-admin");

        Assert.Equal(TemplateKind.DutyItem, template.Kind);
        Assert.Null(template.Task);
        Assert.Equal(brigades.Select(b => b.Id), template.Instances.Select(i => i.BrigadeId));
        foreach (var (brigade, instance) in brigades.Zip(template.Instances))
        {
            var item = Assert.Single(await List(brigade));
            Assert.Equal(instance.Id, item.Id);
            Assert.Equal(new TemplateSource(detachment.GetPrimaryKeyString(), template.Id), item.Source);
            Assert.Equal(("第一责任人职责", "每季度研究部署党风廉政建设", "专题会议研究", Cadence.Quarterly, "会议记录"),
                (item.Section, item.Title, item.Requirement, item.Cadence, item.Evidence));
            Assert.True(item.AwaitsHolders());
        }

        var compared = await detachment.GetTemplate(template.Id, null);
        Assert.All(compared.Brigades, b => Assert.False(b.Assigned));
        Assert.Equal(template.Instances.Select(i => i.Id), compared.Brigades.Select(b => b.InstanceId));
    }

    [Fact]
    public async Task ARetryWithTheSameIdempotencyKeyCreatesEachBrigadesItemOnce()
    {
        var (detachment, brigades) = await TemplateTests.Arrange(cluster.Grains, 2);

        var first = await detachment.PublishDutyItemTemplate(Draft(), "key-1", "zhidui-admin");
        var again = await detachment.PublishDutyItemTemplate(Draft(), "key-1", "zhidui-admin");
        var refused = await Assert.ThrowsAsync<DomainException>(
            () => detachment.PublishDutyItemTemplate(Draft() with { Title = "另一项" }, "key-1", "zhidui-admin"));
        var source = new TemplateSource(detachment.GetPrimaryKeyString(), first.Id);
        var direct = await cluster.Grains.GetGrain<IDutyListGrain>(GrainKeys.DutyList(brigades[0].Id, 2024))
            .ReceiveTemplateItem(source, Draft(), 1, null, "zhidui-admin");

        Assert.Equal(first.Id, again.Id);
        Assert.Equal(first.Instances, again.Instances);
        Assert.Equal((ErrorKind.Unprocessable, "idempotencyKey"), (refused.Kind, refused.Field));
        Assert.Equal(first.Instances[0].Id, direct);
        Assert.Single(await detachment.ListTemplates());
        foreach (var brigade in brigades)
        {
            Assert.Single(await List(brigade));
        }
    }

    [Fact]
    public async Task AnUnassignedItemWaitsInTheAdminsInboxUntilTheAdminSetsItsHoldersKeepingItsSource()
    {
        var (detachment, brigades) = await TemplateTests.Arrange(cluster.Grains, 1);
        var template = await detachment.PublishDutyItemTemplate(Draft(), null, "zhidui-admin");
        var item = Assert.Single(await List(brigades[0]));

        var waiting = Assert.Single((await Inbox(brigades[0])).Items);
        Assert.Equal((InboxItemKind.TemplateItemToAssign, item.Id, "每季度研究部署党风廉政建设"), (waiting.Kind, waiting.DutyItemId, waiting.Title));

        var list = cluster.Grains.GetGrain<IDutyListGrain>(GrainKeys.DutyList(brigades[0].Id, 2024));
        var put = await list.Put(item with { Assignees = new DutyAssignees(false, ["wang"], ["fazhi"]), Source = null }, TestBrigade.Admin);

        Assert.Equal(item.Source, put.Source);
        Assert.False(put.AwaitsHolders());
        Assert.Empty((await Inbox(brigades[0])).Items);
        var row = Assert.Single((await detachment.GetTemplate(template.Id, null)).Brigades);
        Assert.True(row.Assigned);
        Assert.Equal(["王立侠"], row.Holders!.LeaderNames);
        Assert.Equal(["法制室"], row.Holders.UnitNames);
        var removal = await Assert.ThrowsAsync<DomainException>(() => list.Remove(item.Id, TestBrigade.Admin));
        Assert.Equal(ErrorKind.Conflict, removal.Kind);
    }

    [Fact]
    public async Task AChangedTemplateReachesEachItemAsAVisibleChangeKeepingItsHolders()
    {
        var (detachment, brigades) = await TemplateTests.Arrange(cluster.Grains, 2);
        var template = await detachment.PublishDutyItemTemplate(Draft(), null, "zhidui-admin");
        var list = cluster.Grains.GetGrain<IDutyListGrain>(GrainKeys.DutyList(brigades[0].Id, 2024));
        var item = Assert.Single(await list.List());
        await list.Put(item with { Assignees = new DutyAssignees(true, [], []) }, TestBrigade.Admin);

        var changed = await detachment.ChangeDutyItemTemplate(
            template.Id, new DutyItemTemplatePatch(null, null, "每季度专题研究一次", null, null, null, null), 1, "zhidui-admin");

        Assert.Equal(2, changed.Version);
        const string Note = "支队交办清单事项已调整：工作要求 专题会议研究 → 每季度专题研究一次";
        var kept = Assert.Single(await list.List());
        Assert.Equal(("每季度专题研究一次", true, item.Source), (kept.Requirement, kept.Assignees.AllLeaders, kept.Source));
        var notice = Assert.Single((await Inbox(brigades[0])).Items);
        Assert.Equal((InboxItemKind.TemplateItemAdjusted, Note), (notice.Kind, notice.Detail));
        var other = Assert.Single(await List(brigades[1]));
        Assert.Equal(("每季度专题研究一次", true), (other.Requirement, other.AwaitsHolders()));
        Assert.Contains((await Inbox(brigades[1])).Items, i => i.Kind == InboxItemKind.TemplateItemAdjusted && i.Detail == Note);

        var stale = await Assert.ThrowsAsync<DomainException>(() => detachment.ChangeDutyItemTemplate(
            template.Id, new DutyItemTemplatePatch(null, "x", null, null, null, null, null), 1, "zhidui-admin"));
        Assert.Equal(ErrorKind.PreconditionFailed, stale.Kind);
        var wrongKind = await Assert.ThrowsAsync<DomainException>(() => detachment.ChangeTemplate(template.Id, new TaskPatch(Target: 3), null, "zhidui-admin"));
        Assert.Equal("kind", wrongKind.Field);
    }

    [Fact]
    public async Task ADutyItemTemplateBreakingTheRulesIsRefusedNamingTheField()
    {
        var (detachment, brigades) = await TemplateTests.Arrange(cluster.Grains, 1);

        var title = await Assert.ThrowsAsync<DomainException>(() => detachment.PublishDutyItemTemplate(Draft() with { Title = " " }, null, "a"));
        var section = await Assert.ThrowsAsync<DomainException>(() => detachment.PublishDutyItemTemplate(Draft() with { Section = "" }, null, "a"));
        var due = await Assert.ThrowsAsync<DomainException>(
            () => detachment.PublishDutyItemTemplate(Draft() with { Cadence = Cadence.Once, DueDate = new DateOnly(2025, 1, 1) }, null, "a"));
        var cadence = await Assert.ThrowsAsync<DomainException>(() => detachment.PublishDutyItemTemplate(Draft() with { Cadence = (Cadence)9 }, null, "a"));

        Assert.Equal(("title", "section", "dueDate", "cadence"), (title.Field, section.Field, due.Field, cadence.Field));
        Assert.Empty(await detachment.ListTemplates());
        Assert.Empty(await List(brigades[0]));
    }

    internal static TemplateDutyItem Draft() => new(
        2024, "第一责任人职责", "每季度研究部署党风廉政建设", "专题会议研究", DutyLine.Accountability, Cadence.Quarterly, null, "会议记录");

    private Task<DutyItem[]> List(TestBrigade brigade) =>
        cluster.Grains.GetGrain<IDutyListGrain>(GrainKeys.DutyList(brigade.Id, 2024)).List();

    private Task<InboxContents> Inbox(TestBrigade brigade) => cluster.Grains.GetGrain<IInboxGrain>(brigade.Id).For(Admin);
}
