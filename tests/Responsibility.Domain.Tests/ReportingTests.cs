namespace Responsibility.Domain.Tests;

using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Tasks;
using Responsibility.Grains.Domain;
using Responsibility.Grains.Domain.Inbox;
using static Build;

/// <summary>Which tasks owe a report in June 2024 and have none: running, unfinished, counted or measured, not yet reported.</summary>
public class ReportingTests
{
    private static readonly BrigadeSettings Settings = new("淄川大队", "党总支", "支队", "Asia/Shanghai", null, StatusThresholds.Default);
    private static readonly DateOnly Today = On(6, 20);

    [Fact]
    public void CountTaskWithoutAnEntryDatedInTheCycleOwesOne()
    {
        var task = CountTask("执法质量检查", 12);

        Assert.Single(Unreported(task, Entry(5, On(5, 31))));
        Assert.Empty(Unreported(task, Entry(1, On(6, 1))));
    }

    [Fact]
    public void ReturnedEntryIsNoReport()
    {
        Assert.Single(Unreported(RateTask("相符率", 0.9), Entry(0.92, On(6, 10)).Returned()));
    }

    [Fact]
    public void MilestoneTaskNotYetBegunTaskEndedBeforeTheCycleAndDoneTaskOweNothing()
    {
        var future = CountTask("下半年任务", 4) with { Start = On(7, 1) };
        var ended = CountTask("上半年任务", 4) with { Due = On(5, 31) };
        var done = CountTask("已完成任务", 4);

        Assert.Empty(Unreported(MilestoneTask("升级办案中心")));
        Assert.Empty(Unreported(future));
        Assert.Empty(Unreported(ended, Entry(1, On(5, 1))));
        Assert.Empty(Unreported(done, Entry(4, On(5, 1))));
    }

    private static List<JudgedTask> Unreported(TaskDefinition task, params ProgressEntry[] entries)
    {
        var judged = JudgedTask.Judge(new TaskSnapshot(task, Measurement.Measure(task.Metric, entries), 1), Today, Settings.Thresholds);
        return [.. Reporting.Unreported([judged], ReportingPeriods.Containing(Settings, Today), Today)];
    }
}
