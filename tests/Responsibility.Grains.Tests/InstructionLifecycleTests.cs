namespace Responsibility.Grains.Tests;

using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Audit;
using Responsibility.Grains.Abstractions.Supervision;
using Responsibility.Grains.Abstractions.Tasks;

/// <summary>An instruction from issue to 办结, each step an event, every wrong step refused and nothing stored by it.</summary>
[Collection(ClusterCollection.Name)]
public sealed class InstructionLifecycleTests(ClusterFixture cluster)
{
    private static readonly DateOnly Due = new(2024, 6, 30);

    [Fact]
    public async Task InstructionOnATaskGoesToItsUnitUnderTheTasksLeader()
    {
        var brigade = await new TestBrigade(cluster.Grains).Create();
        var task = await brigade.AddCount("XC-01", "xuanchuan", DutyLine.Business, 400);

        var issued = await brigade.OnTask(cluster.Grains, task.Definition.Id, "加大发稿力度", Due);

        var d = issued.Definition;
        Assert.Equal(("xuanchuan", task.Definition.Id, "zhao", "dadui"), (d.UnitId, d.TaskId, d.LeaderId, d.Author));
        Assert.Equal(new DateOnly(2024, 6, 15), d.IssuedOn);
        Assert.Equal(InstructionStatus.Open, issued.Status(d.IssuedOn));
    }

    [Fact]
    public async Task InstructionOnAUnitIsSupervisedByTheUnitsLeader()
    {
        var brigade = await new TestBrigade(cluster.Grains).Create();

        var issued = await brigade.OnUnit(cluster.Grains, "fazhi", "规范执法台账", null);

        Assert.Equal(("fazhi", null, "wang"), (issued.Definition.UnitId, issued.Definition.TaskId, issued.Definition.LeaderId));
    }

    [Fact]
    public async Task EveryStepIsAnEventInTheAuditTrail()
    {
        var brigade = await new TestBrigade(cluster.Grains).Create();
        var issued = await brigade.OnUnit(cluster.Grains, "fazhi", "规范执法台账", Due);
        var instruction = cluster.Grains.Instruction(issued.Definition.Id);

        await instruction.Answer("已完成台账整理", [await cluster.Grains.Upload(brigade.Id, "fazhi-head", "台账.pdf")], "fazhi-head");
        await instruction.Close("dadui");
        await instruction.Reopen("台账缺少五月份内容", "dadui");
        var last = await instruction.Answer("已补齐五月份", [], "fazhi-head");

        Assert.Equal(
            ["InstructionIssued", "InstructionAnswered", "InstructionClosed", "InstructionReopened", "InstructionAnswered"],
            (await brigade.Trail(cluster.Grains)).Where(k => k.StartsWith("Instruction", StringComparison.Ordinal)));
        Assert.Equal(InstructionStatus.Answered, last.Status(new DateOnly(2024, 6, 15)));
        Assert.Equal("已补齐五月份", last.Answer()!.Text);
        var trail = await cluster.Grains.GetGrain<IAuditGrain>(brigade.Id).Read(new AuditFilter(10, Kind: "InstructionReopened"));
        Assert.Contains(trail.Entries.Single().Changes, c => c is { Field: "原因", After: "台账缺少五月份内容" });
        var answers = await cluster.Grains.GetGrain<IAuditGrain>(brigade.Id).Read(new AuditFilter(10, Kind: "InstructionAnswered"));
        Assert.Contains(answers.Entries[^1].Changes, c => c is { Field: "佐证材料", After: "台账.pdf" });
    }

    [Fact]
    public async Task ClosedInstructionTakesNoAnswerAndIsNotClosedTwice()
    {
        var brigade = await new TestBrigade(cluster.Grains).Create();
        var issued = await brigade.OnUnit(cluster.Grains, "fazhi", "规范执法台账", Due);
        var instruction = cluster.Grains.Instruction(issued.Definition.Id);
        await instruction.Close("dadui");

        var answer = await Assert.ThrowsAsync<DomainException>(() => instruction.Answer("迟到的答复", [], "fazhi-head"));
        var again = await Assert.ThrowsAsync<DomainException>(() => instruction.Close("dadui"));

        Assert.Equal((ErrorKind.Conflict, ErrorKind.Conflict), (answer.Kind, again.Kind));
        Assert.Equal(2, (await instruction.Get())!.Version);
    }

    [Fact]
    public async Task OpenInstructionHasNothingToReopen()
    {
        var brigade = await new TestBrigade(cluster.Grains).Create();
        var issued = await brigade.OnUnit(cluster.Grains, "fazhi", "规范执法台账", Due);

        var refused = await Assert.ThrowsAsync<DomainException>(() => cluster.Grains.Instruction(issued.Definition.Id).Reopen("再办", "dadui"));

        Assert.Equal(ErrorKind.Conflict, refused.Kind);
        Assert.Empty((await cluster.Grains.Instruction(issued.Definition.Id).Get())!.Steps);
    }

    [Theory]
    [InlineData("unitId", "nowhere", null)]
    [InlineData("dueDate", "fazhi", "2024-06-14")]
    [InlineData("dueDate", "fazhi", "2030-01-01")]
    [InlineData("text", "fazhi", null)]
    public async Task InstructionThatDoesNotFitTheBrigadeIsRefusedNamingTheFieldAndStoresNothing(string field, string unitId, string? due)
    {
        var brigade = await new TestBrigade(cluster.Grains).Create();
        var id = RecordIds.New();
        var draft = new InstructionDraft(brigade.Id, unitId, null, field == "text" ? "  " : "规范执法台账", due is null ? null : DateOnly.Parse(due));

        var refused = await Assert.ThrowsAsync<DomainException>(() => cluster.Grains.Instruction(id).Issue(draft, "dadui"));

        Assert.Equal((ErrorKind.Invalid, field), (refused.Kind, refused.Field));
        Assert.Null(await cluster.Grains.Instruction(id).Get());
        Assert.Null(await brigade.Supervision(cluster.Grains).FindInstruction(id));
    }

    [Fact]
    public async Task TheLedgerListsAUnitsInstructionsAndFindsNoOtherBrigades()
    {
        var brigade = await new TestBrigade(cluster.Grains).Create();
        var other = await new TestBrigade(cluster.Grains).Create();
        var first = await brigade.OnUnit(cluster.Grains, "fazhi", "第一条", Due);
        var second = await brigade.OnUnit(cluster.Grains, "fazhi", "第二条", Due);
        await brigade.OnUnit(cluster.Grains, "xuanchuan", "宣传", Due);
        var foreign = await other.OnUnit(cluster.Grains, "fazhi", "别队", Due);

        var listed = await brigade.Supervision(cluster.Grains).ListInstructions(new InstructionFilter(UnitId: "fazhi"));

        Assert.Equal(new[] { first.Definition.Id, second.Definition.Id }.Order(), listed.Select(v => v.Record.Definition.Id).Order());
        Assert.Null(await brigade.Supervision(cluster.Grains).FindInstruction(foreign.Definition.Id));
    }
}
