namespace Responsibility.Grains.Tests;

using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Supervision;
using Responsibility.Grains.Abstractions.Tasks;

/// <summary>Section 六 as of the end of its month: what was closed before the month is gone, what came after is not yet there.</summary>
[Collection(SupervisionClusterCollection.Name)]
public sealed class InstructionReportTests(ClusterFixture cluster)
{
    [Fact]
    public async Task MonthsReportLeavesOutWhatWasClosedBeforeItAndShowsEachInstructionAsItStoodAtItsEnd()
    {
        At(5, 10);
        var brigade = await new TestBrigade(cluster.Grains).Create();
        await brigade.AddCount("FZ-01", "fazhi", DutyLine.Accountability, 12);
        var closedInMay = await brigade.OnUnit(cluster.Grains, "fazhi", "五月已办结的批示", new DateOnly(2024, 5, 20));
        await cluster.Grains.Instruction(closedInMay.Definition.Id).Close("dadui");
        var closedInJune = await brigade.OnUnit(cluster.Grains, "fazhi", "六月办结的批示", new DateOnly(2024, 6, 10));
        var stillOpen = await brigade.OnUnit(cluster.Grains, "xuanchuan", "六月底仍未答复的批示", new DateOnly(2024, 6, 20));
        At(6, 12);
        await cluster.Grains.Instruction(closedInJune.Definition.Id).Close("dadui");

        At(7, 2);
        await cluster.Grains.Instruction(stillOpen.Definition.Id).Answer("七月才答复", [], "xuanchuan-head");
        var june = await cluster.Grains.GetGrain<IReportScheduleGrain>(brigade.Id).Generate(2024, 6, "dadui");

        var lines = june.Instructions!.ToDictionary(i => i.Text);
        Assert.Equal(["六月办结的批示", "六月底仍未答复的批示"], lines.Keys.Order());
        Assert.Equal(InstructionStatus.Closed, lines["六月办结的批示"].Status);
        Assert.Equal((InstructionStatus.Overdue, null), (lines["六月底仍未答复的批示"].Status, lines["六月底仍未答复的批示"].Answer));
    }

    private void At(int month, int day) => cluster.Time.AdjustTime(new DateTimeOffset(2024, month, day, 4, 0, 0, TimeSpan.Zero));
}
