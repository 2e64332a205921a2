namespace Responsibility.Grains.Tests;

using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Tasks;

/// <summary>A task's entries cross the grain boundary a page at a time, newest recorded first.</summary>
[Collection(ClusterCollection.Name)]
public sealed class EntryPageTests(ClusterFixture cluster)
{
    private static readonly DateOnly June1 = new(2024, 6, 1);

    [Fact]
    public async Task PagesFollowEachOtherNewestFirstWithoutGapsOrRepeatsUntilTheOldest()
    {
        var task = await TaskWithEntries(7);

        var first = await task.GetEntryPage(3, null);
        var second = await task.GetEntryPage(3, first.Next);
        var last = await task.GetEntryPage(3, second.Next);

        Assert.Equal(["7", "6", "5"], first.Entries.Select(e => e.Note));
        Assert.Equal(["4", "3", "2"], second.Entries.Select(e => e.Note));
        Assert.Equal(["1"], last.Entries.Select(e => e.Note));
        Assert.Null(last.Next);
    }

    [Fact]
    public async Task AnEntryRecordedBetweenTwoReadsNeitherShiftsNorRepeatsTheNextPage()
    {
        var task = await TaskWithEntries(4);
        var first = await task.GetEntryPage(2, null);

        await task.ReportProgress(TestBrigade.Report(1, June1) with { Note = "5" }, "li");
        var second = await task.GetEntryPage(2, first.Next);

        Assert.Equal(["2", "1"], second.Entries.Select(e => e.Note));
        Assert.Null(second.Next);
    }

    [Fact]
    public async Task APageExactlyAsLongAsWhatIsLeftHasNoNextPage()
    {
        var task = await TaskWithEntries(2);

        var page = await task.GetEntryPage(2, null);

        Assert.Equal(2, page.Entries.Length);
        Assert.Null(page.Next);
    }

    private async Task<ITaskGrain> TaskWithEntries(int count)
    {
        var brigade = await new TestBrigade(cluster.Grains).Create();
        var task = brigade.Task((await brigade.AddCount("FZ-01", "fazhi", DutyLine.Accountability, 1000)).Definition.Id);
        for (var i = 1; i <= count; i++)
        {
            await task.ReportProgress(TestBrigade.Report(1, June1) with { Note = $"{i}" }, "li");
        }

        return task;
    }
}
