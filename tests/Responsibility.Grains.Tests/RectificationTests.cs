namespace Responsibility.Grains.Tests;

using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Attachments;
using Responsibility.Grains.Abstractions.Oversight;
using Responsibility.Grains.Abstractions.Supervision;
using static Responsibility.Grains.Tests.Inspections;

/// <summary>Inspections, their findings and the 整改 loop the units run: report, 退回, 销号 with evidence, 重复发生.</summary>
[Collection(SupervisionClusterCollection.Name)]
public sealed class RectificationTests(ClusterFixture cluster)
{
    private static readonly DateOnly June10 = new(2024, 6, 10);

    [Fact]
    public async Task AFindingOpensItsItemInTheUnitAndTheLedgerListsBoth()
    {
        At(6, 12);
        var brigade = await new TestBrigade(cluster.Grains).Create();
        var id = await cluster.Grains.Recorded(brigade.Id, June10);

        var item = await cluster.Grains.Inspection(id).AddFinding(Finding(new DateOnly(2024, 7, 10)), "dadui");

        Assert.Equal((RectificationIds.Of(id, 1), RectificationState.Open, new DateOnly(2024, 7, 10), 0), (item.Id, item.State, item.Due, item.ExtensionCount));
        Assert.Equal(item, await cluster.Grains.UnitGrain(brigade.Id, "fazhi").GetRectification(item.Id));
        var inspection = (await cluster.Grains.Inspection(id).Get())!;
        Assert.Equal([new FindingRef(item.Id, "fazhi")], inspection.Findings);
        var ledger = cluster.Grains.GetGrain<IOversightGrain>(brigade.Id);
        Assert.Equal(id, Assert.Single(await ledger.ListInspections(2024)).Id);
        Assert.Equal(item.Id, Assert.Single(await ledger.ListRectifications(new RectificationFilter(UnitId: "fazhi"))).Id);
    }

    [Fact]
    public async Task LifecycleOpenReportReturnReportClose()
    {
        At(6, 12);
        var brigade = await new TestBrigade(cluster.Grains).Create();
        var id = await cluster.Grains.Recorded(brigade.Id, June10);
        var item = await cluster.Grains.Inspection(id).AddFinding(Finding(new DateOnly(2024, 7, 10)), "dadui");
        var unit = cluster.Grains.UnitGrain(brigade.Id, "fazhi");
        var first = await cluster.Grains.Upload(brigade.Id, Head, "整改前.pdf");

        var reported = await unit.ReportRectification(item.Id, " 已重新装订 ", [first], Head);
        var returned = await unit.ReturnRectification(item.Id, "照片不清晰", "dadui");
        var second = await cluster.Grains.Upload(brigade.Id, Head, "整改后.pdf");
        await unit.ReportRectification(item.Id, "已补拍照片", [second], Head);
        var closed = await unit.CloseRectification(item.Id, "wang-account");

        Assert.Equal(RectificationState.Reported, reported.State);
        Assert.Equal(("已重新装订", "整改前.pdf"), (reported.Report()!.Text, reported.Report()!.Attachments![0].FileName));
        Assert.Equal((RectificationState.Returned, (RectificationStep?)null), (returned.State, returned.Report()));
        Assert.Equal(RectificationState.Closed, closed.State);
        Assert.Equal(
            [RectificationStepKind.Reported, RectificationStepKind.Returned, RectificationStepKind.Reported, RectificationStepKind.Closed],
            closed.Steps.Select(s => s.Kind));
        Assert.Equal("照片不清晰", closed.Steps[1].Text);
        var owner = (await cluster.Grains.GetGrain<IAttachmentGrain>(second).GetInfo())!.Owner!;
        Assert.Equal((AttachmentOwnerKind.Rectification, item.Id, "3"), (owner.Kind, owner.Id, owner.Part));
        var listed = Assert.Single(await cluster.Grains.GetGrain<IOversightGrain>(brigade.Id).ListRectifications(new RectificationFilter(State: RectificationState.Closed)));
        Assert.Equal(closed.Steps.Length, listed.Steps.Length);
        var afterClose = await Assert.ThrowsAsync<DomainException>(() => unit.ReportRectification(item.Id, "再报", [], Head));
        Assert.Equal(ErrorKind.Conflict, afterClose.Kind);
    }

    [Fact]
    public async Task ClosingIsRefusedWithoutAReportOrWithAReportWithoutEvidence()
    {
        At(6, 12);
        var brigade = await new TestBrigade(cluster.Grains).Create();
        var id = await cluster.Grains.Recorded(brigade.Id, June10);
        var item = await cluster.Grains.Inspection(id).AddFinding(Finding(new DateOnly(2024, 7, 10)), "dadui");
        var unit = cluster.Grains.UnitGrain(brigade.Id, "fazhi");

        var unreported = await Assert.ThrowsAsync<DomainException>(() => unit.CloseRectification(item.Id, "dadui"));
        await unit.ReportRectification(item.Id, "已整改", [], Head);
        var bare = await Assert.ThrowsAsync<DomainException>(() => unit.CloseRectification(item.Id, "dadui"));
        var notReported = await Assert.ThrowsAsync<DomainException>(async () =>
        {
            await unit.ReturnRectification(item.Id, "补充材料", "dadui");
            await unit.ReturnRectification(item.Id, "再退一次", "dadui");
        });

        Assert.Equal(ErrorKind.Conflict, unreported.Kind);
        Assert.Equal((ErrorKind.Conflict, "销号须有佐证材料。"), (bare.Kind, bare.Message));
        Assert.Equal(ErrorKind.Conflict, notReported.Kind);
        Assert.Equal(RectificationState.Returned, (await unit.GetRectification(item.Id))!.State);
    }

    [Fact]
    public async Task AnItemOfTheSameUnitAndCategoryIsARepeatOfTheLatestEarlierOne()
    {
        At(6, 12);
        var brigade = await new TestBrigade(cluster.Grains).Create();
        var first = await cluster.Grains.Recorded(brigade.Id, new DateOnly(2024, 5, 10));
        var second = await cluster.Grains.Recorded(brigade.Id, June10);
        var a = await cluster.Grains.Inspection(first).AddFinding(Finding(new DateOnly(2024, 6, 30)), "dadui");
        var other = await cluster.Grains.Inspection(first).AddFinding(Finding(new DateOnly(2024, 6, 30), "车辆管理"), "dadui");
        var b = await cluster.Grains.Inspection(second).AddFinding(Finding(new DateOnly(2024, 7, 30)), "dadui");
        var c = await cluster.Grains.Inspection(second).AddFinding(Finding(new DateOnly(2024, 7, 30)), "dadui");

        Assert.Equal((null, null, a.Id, b.Id), (a.RepeatOf, other.RepeatOf, b.RepeatOf, c.RepeatOf));
    }

    [Fact]
    public async Task BadInspectionsAndFindingsAreRefusedNamingTheFieldAndNothingIsKept()
    {
        At(6, 12);
        var brigade = await new TestBrigade(cluster.Grains).Create();
        var draft = Draft(brigade.Id, June10);
        var bad = new (InspectionDraft Draft, string Field)[]
        {
            (draft with { Kind = (InspectionKind)42 }, "kind"),
            (draft with { Date = new DateOnly(2024, 6, 13) }, "date"),
            (draft with { Date = new DateOnly(1999, 6, 13) }, "date"),
            (draft with { Title = "  " }, "title"),
            (draft with { Title = new string('检', OversightLimits.Title + 1) }, "title"),
            (draft with { Summary = "" }, "summary"),
            (draft with { InspectorIds = ["fazhi"] }, "inspectorIds"),
            (draft with { UnitIds = [] }, "unitIds"),
            (draft with { UnitIds = ["nowhere"] }, "unitIds"),
        };
        var inspection = cluster.Grains.Inspection(RecordIds.New());
        foreach (var (d, field) in bad)
        {
            var e = await Assert.ThrowsAsync<DomainException>(() => inspection.Record(d, "dadui"));
            Assert.Equal((ErrorKind.Invalid, field), (e.Kind, e.Field));
        }

        Assert.Null(await inspection.Get());
        await inspection.Record(draft, "dadui");
        var finding = Finding(new DateOnly(2024, 7, 10));
        var badFindings = new (FindingDraft Draft, string Field)[]
        {
            (finding with { UnitId = "xuanchuan" }, "unitId"),
            (finding with { LeaderId = "nobody" }, "leaderId"),
            (finding with { Severity = (Severity)9 }, "severity"),
            (finding with { DueDate = June10 }, "dueDate"),
            (finding with { DueDate = new DateOnly(2026, 6, 11) }, "dueDate"),
            (finding with { Problem = " " }, "problem"),
            (finding with { Measures = new string('改', OversightLimits.Measures + 1) }, "measures"),
        };
        foreach (var (f, field) in badFindings)
        {
            var e = await Assert.ThrowsAsync<DomainException>(() => inspection.AddFinding(f, "dadui"));
            Assert.Equal((ErrorKind.Invalid, field), (e.Kind, e.Field));
        }

        Assert.Empty((await inspection.Get())!.Findings);
        Assert.Empty(await cluster.Grains.UnitGrain(brigade.Id, "fazhi").GetRectifications());
    }

    [Fact]
    public async Task AMovedDueKeepsTheOriginalAndTheSameExtensionAgainChangesNothing()
    {
        At(6, 12);
        var brigade = await new TestBrigade(cluster.Grains).Create();
        var id = await cluster.Grains.Recorded(brigade.Id, June10);
        var item = await cluster.Grains.Inspection(id).AddFinding(Finding(new DateOnly(2024, 7, 10)), "dadui");
        var unit = cluster.Grains.UnitGrain(brigade.Id, "fazhi");

        await unit.MoveRectificationDue(item.Id, "ext-1", new DateOnly(2024, 7, 31), "zhao");
        var again = await unit.MoveRectificationDue(item.Id, "ext-1", new DateOnly(2024, 7, 31), "zhao");
        var earlier = await Assert.ThrowsAsync<DomainException>(() => unit.MoveRectificationDue(item.Id, "ext-2", new DateOnly(2024, 7, 20), "zhao"));

        Assert.Equal((new DateOnly(2024, 7, 10), new DateOnly(2024, 7, 31), 1), (again.OriginalDue, again.Due, again.ExtensionCount));
        Assert.Equal((ErrorKind.Invalid, "due"), (earlier.Kind, earlier.Field));
    }

    private void At(int month, int day) => cluster.Time.AdjustTime(new DateTimeOffset(2024, month, day, 4, 0, 0, TimeSpan.Zero));
}
