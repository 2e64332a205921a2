namespace Responsibility.Grains.Domain.Duties;

using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Duties;
using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Tasks;

/// <summary>What a 清单 item must be to be kept; decided by the duty list grain, which knows the brigade and its tasks.</summary>
public static class DutyRules
{
    /// <summary>
    /// The item as kept: a once item due within its year, every other item without a date of its own; its leaders,
    /// units and tasks the brigade's (tasks of the same year). Field names are the API's; <paramref name="prefix"/>
    /// places them (an imported row: <c>items[3].</c>).
    /// </summary>
    public static DutyItem Check(DutyItem item, int year, BrigadeInfo brigade, IReadOnlyCollection<TaskDefinition> tasks, string prefix = "")
    {
        if (item.Year != year)
        {
            throw DomainException.Invalid(prefix + "year", $"该清单是 {year} 年的，事项年度须为 {year}。");
        }

        if (!Enum.IsDefined(item.Cadence))
        {
            throw DomainException.Invalid(prefix + "cadence", "履责频次须为一次性、每月、每季度、每半年或每年。");
        }

        if (!Enum.IsDefined(item.DutyLine))
        {
            throw DomainException.Invalid(prefix + "dutyLine", "须选择业务工作或法治建设·党风廉政。");
        }

        if (item.Cadence == Cadence.Once && (item.DueDate is not { } due || due.Year != year))
        {
            throw DomainException.Invalid(prefix + "dueDate", $"一次性事项须填写 {year} 年内的完成时限。");
        }

        var a = item.Assignees;
        if (!a.AllLeaders && a.LeaderIds.Length == 0 && a.UnitIds.Length == 0 && item.Source is null)
        {
            throw DomainException.Invalid(prefix + "assignees", "须指定责任主体：全体班子成员、具体班子成员或基层单位。");
        }

        if (a.LeaderIds.FirstOrDefault(id => Array.TrueForAll(brigade.Leaders, l => l.Id != id)) is { } leader)
        {
            throw DomainException.Invalid(prefix + "assignees.leaderIds", $"班子成员 {leader} 不存在。");
        }

        if (a.UnitIds.FirstOrDefault(id => Array.TrueForAll(brigade.Units, u => u.Id != id)) is { } unit)
        {
            throw DomainException.Invalid(prefix + "assignees.unitIds", $"单位 {unit} 不存在。");
        }

        if (item.TaskIds.Length > DutyLimits.MaxTasksPerItem)
        {
            throw DomainException.Invalid(prefix + "taskIds", $"一个事项最多关联 {DutyLimits.MaxTasksPerItem} 项任务。");
        }

        if (item.TaskIds.FirstOrDefault(id => !tasks.Any(t => t.Id == id && t.Year == year)) is { } task)
        {
            throw DomainException.Invalid(prefix + "taskIds", $"任务 {task} 不是本大队 {year} 年的任务。");
        }

        return item with
        {
            DueDate = item.Cadence == Cadence.Once ? item.DueDate : null,
            Assignees = new DutyAssignees(a.AllLeaders, [.. a.LeaderIds.Distinct()], [.. a.UnitIds.Distinct()]),
            TaskIds = [.. item.TaskIds.Distinct()],
        };
    }

    /// <summary>
    /// An item of <paramref name="source"/>'s year for the year after (or any later one): dates moved by the years between, tasks
    /// left behind (they belong to their year), leaders and units kept only while the brigade still has them; null when
    /// none of its holders is left.
    /// </summary>
    public static DutyItem? CopyTo(DutyItem source, int year, BrigadeInfo brigade)
    {
        var leaders = source.Assignees.LeaderIds.Where(id => Array.Exists(brigade.Leaders, l => l.Id == id)).ToArray();
        var units = source.Assignees.UnitIds.Where(id => Array.Exists(brigade.Units, u => u.Id == id)).ToArray();
        if (!source.Assignees.AllLeaders && leaders.Length == 0 && units.Length == 0)
        {
            return null;
        }

        var due = source.DueDate is { } d ? d.AddYears(year - source.Year) : (DateOnly?)null;
        return source with { Year = year, DueDate = due, Assignees = new(source.Assignees.AllLeaders, leaders, units), TaskIds = [], Source = null };
    }
}
