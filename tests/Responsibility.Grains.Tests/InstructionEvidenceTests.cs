namespace Responsibility.Grains.Tests;

using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Attachments;
using Responsibility.Grains.Abstractions.Supervision;
using Responsibility.Grains.Abstractions.Tasks;

/// <summary>佐证材料 on an instruction's answer: the unit head's own uploads, attached once, counted in the month's report.</summary>
[Collection(SupervisionClusterCollection.Name)]
public sealed class InstructionEvidenceTests(ClusterFixture cluster)
{
    private const string Head = "fazhi-head";

    [Fact]
    public async Task AnswerAttachesTheHeadsUploadsAndEachFileNamesTheInstruction()
    {
        At(6, 12);
        var brigade = await new TestBrigade(cluster.Grains).Create();
        var issued = await brigade.OnUnit(cluster.Grains, "fazhi", "规范执法台账", null);
        var (scan, photo) = (await cluster.Grains.Upload(brigade.Id, Head, "台账.pdf"), await cluster.Grains.Upload(brigade.Id, Head, "照片.pdf"));

        var answered = await cluster.Grains.Instruction(issued.Definition.Id).Answer("已整理", [scan, photo], Head);

        Assert.Equal(["台账.pdf", "照片.pdf"], answered.Answer()!.Attachments!.Select(f => f.FileName));
        var owner = (await cluster.Grains.GetGrain<IAttachmentGrain>(scan).GetInfo())!.Owner;
        Assert.Equal((AttachmentOwnerKind.Instruction, issued.Definition.Id), (owner!.Kind, owner.Id));
        var listed = (await brigade.Supervision(cluster.Grains).FindInstruction(issued.Definition.Id))!.Record;
        Assert.Equal(2, listed.Answer()!.Attachments!.Length);
    }

    [Fact]
    public async Task AFileTheHeadMayNotAttachRefusesTheAnswerNamingAttachmentIdsAndNothingIsRecordedOrAttached()
    {
        At(6, 12);
        var brigade = await new TestBrigade(cluster.Grains).Create();
        var issued = await brigade.OnUnit(cluster.Grains, "fazhi", "规范执法台账", null);
        var instruction = cluster.Grains.Instruction(issued.Definition.Id);
        var own = await cluster.Grains.Upload(brigade.Id, Head);
        var refusedIds = new[]
        {
            await cluster.Grains.Upload(brigade.Id, "dadui"),
            await cluster.Grains.Upload("b-elsewhere", Head),
            AttachmentIds.New(),
        };

        var refusals = new List<DomainException>();
        foreach (var id in refusedIds)
        {
            refusals.Add(await Assert.ThrowsAsync<DomainException>(() => instruction.Answer("已整理", [own, id], Head)));
        }

        Assert.All(refusals, e => Assert.Equal((ErrorKind.Invalid, "attachmentIds"), (e.Kind, e.Field)));
        Assert.Empty((await instruction.Get())!.Steps);
        Assert.Null((await cluster.Grains.GetGrain<IAttachmentGrain>(own).GetInfo())!.Owner);
    }

    [Fact]
    public async Task AFileOnAnEntryOrOnAnEarlierAnswerCannotGoOnAnAnswer()
    {
        At(6, 12);
        var brigade = await new TestBrigade(cluster.Grains).Create();
        var task = await brigade.AddCount("FZ-01", "fazhi", DutyLine.Accountability, 12);
        var onEntry = await cluster.Grains.Upload(brigade.Id, Head);
        await brigade.Task(task.Definition.Id).ReportProgress(TestBrigade.Report(1, new DateOnly(2024, 6, 10)) with { AttachmentIds = [onEntry] }, Head);
        var issued = await brigade.OnUnit(cluster.Grains, "fazhi", "规范执法台账", null);
        var instruction = cluster.Grains.Instruction(issued.Definition.Id);
        var first = await cluster.Grains.Upload(brigade.Id, Head);
        await instruction.Answer("已整理", [first], Head);

        var entryFile = await Assert.ThrowsAsync<DomainException>(() => instruction.Answer("补充材料", [onEntry], Head));
        var again = await Assert.ThrowsAsync<DomainException>(() => instruction.Answer("补充材料", [first], Head));

        Assert.Equal((ErrorKind.Conflict, ErrorKind.Conflict), (entryFile.Kind, again.Kind));
        Assert.Single((await instruction.Get())!.Steps);
    }

    [Fact]
    public async Task MonthsReportCountsTheFilesOfTheAnswersGivenInTheMonthThatStillStandAtItsEnd()
    {
        At(5, 20);
        var brigade = await new TestBrigade(cluster.Grains).Create();
        await brigade.AddCount("FZ-01", "fazhi", DutyLine.Accountability, 12);
        var inMay = await brigade.OnUnit(cluster.Grains, "xuanchuan", "五月答复的批示", null);
        await cluster.Grains.Instruction(inMay.Definition.Id).Answer("五月已办", [await cluster.Grains.Upload(brigade.Id, "xuanchuan-head")], "xuanchuan-head");
        var standing = await brigade.OnUnit(cluster.Grains, "fazhi", "六月答复的批示", null);
        var sentBack = await brigade.OnUnit(cluster.Grains, "fazhi", "六月答复后重新交办的批示", null);
        At(6, 12);
        await cluster.Grains.Instruction(standing.Definition.Id)
            .Answer("已办", [await cluster.Grains.Upload(brigade.Id, Head), await cluster.Grains.Upload(brigade.Id, Head)], Head);
        await cluster.Grains.Instruction(sentBack.Definition.Id).Answer("已办", [await cluster.Grains.Upload(brigade.Id, Head)], Head);
        await cluster.Grains.Instruction(sentBack.Definition.Id).Reopen("材料不全", "dadui");

        At(7, 2);
        var june = await cluster.Grains.GetGrain<IReportScheduleGrain>(brigade.Id).Generate(2024, 6, "dadui");

        Assert.Equal(
            (2, 0),
            (june.Units.Single(u => u.UnitId == "fazhi").AnswerEvidenceThisMonth, june.Units.Single(u => u.UnitId == "xuanchuan").AnswerEvidenceThisMonth));
        var lines = june.Instructions!.ToDictionary(i => i.Text);
        Assert.Equal((2, 0, 1), (lines["六月答复的批示"].AnswerEvidence, lines["六月答复后重新交办的批示"].AnswerEvidence, lines["五月答复的批示"].AnswerEvidence));
    }

    private void At(int month, int day) => cluster.Time.AdjustTime(new DateTimeOffset(2024, month, day, 4, 0, 0, TimeSpan.Zero));
}
