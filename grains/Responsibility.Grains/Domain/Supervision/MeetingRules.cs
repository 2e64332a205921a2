namespace Responsibility.Grains.Domain.Supervision;

using System.Globalization;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Supervision;

/// <summary>What a meeting and its decisions must be to be recorded; decided by the meeting grain.</summary>
public static class MeetingRules
{
    /// <summary>A meeting's decisions, and a decision's units, are what a 会议纪要 can list.</summary>
    public const int MaxDecisions = 50;

    public const int MaxUnitsPerDecision = 30;

    /// <summary>The report a meeting hears: the month named, by default the one before the meeting.</summary>
    public static (int Year, int Month) ReportMonth(MeetingDraft draft)
    {
        if (draft.ReportMonth is null)
        {
            var previous = draft.Date.AddMonths(-1);
            return (previous.Year, previous.Month);
        }

        return DateOnly.TryParseExact(draft.ReportMonth + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first)
            ? (first.Year, first.Month)
            : throw DomainException.Invalid("reportMonth", "月份格式应为 yyyy-MM，例如 2024-03。");
    }

    /// <summary>The chair is one of the brigade's 班子成员, by the name the brigade knows them by.</summary>
    public static void CheckChair(string chair, BrigadeInfo brigade)
    {
        if (Array.TrueForAll(brigade.Leaders, l => l.Name != chair))
        {
            throw DomainException.Invalid("chair", $"主持人须为本大队班子成员（{string.Join("、", brigade.Leaders.Select(l => l.Name))}）。");
        }
    }

    public static void CheckDate(DateOnly date, DateOnly today)
    {
        if (date > today)
        {
            throw DomainException.Invalid("date", "会议日期不能晚于今天：请在会后记录。");
        }
    }

    public static void CheckDecision(MeetingRecord meeting, DecisionDraft draft, BrigadeInfo brigade)
    {
        if (meeting.Decisions.Length >= MaxDecisions)
        {
            throw DomainException.Conflict($"一次会议最多记录 {MaxDecisions} 项议定事项。");
        }

        if (draft.UnitIds.Length == 0 || draft.UnitIds.Length > MaxUnitsPerDecision || draft.UnitIds.Distinct().Count() != draft.UnitIds.Length)
        {
            throw DomainException.Invalid("unitIds", $"须指定 1 到 {MaxUnitsPerDecision} 个不重复的责任单位。");
        }

        if (Array.Find(draft.UnitIds, id => Array.TrueForAll(brigade.Units, u => u.Id != id)) is { } unknown)
        {
            throw DomainException.Invalid("unitIds", $"单位 {unknown} 不存在。");
        }

        if (Array.TrueForAll(brigade.Leaders, l => l.Id != draft.LeaderId))
        {
            throw DomainException.Invalid("leaderId", $"班子成员 {draft.LeaderId} 不存在。");
        }

        if (draft.DueDate < meeting.Definition.Date)
        {
            throw DomainException.Invalid("dueDate", $"完成时限不能早于会议日期 {meeting.Definition.Date:yyyy-MM-dd}。");
        }
    }
}
