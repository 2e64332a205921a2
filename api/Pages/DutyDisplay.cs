namespace Responsibility.Api.Pages;

using Responsibility.Api.Duties;
using Responsibility.Grains.Abstractions.Duties;
using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Text;

/// <summary>How the duty pages say things: the words are <see cref="DutyText"/>'s, shared with the documents and the audit trail.</summary>
public static class DutyDisplay
{
    public static string CadenceName(Cadence cadence) => DutyText.CadenceName(cadence);

    public static string KindName(DutyRecordKind kind) => DutyText.KindName(kind);

    public static string RiskLevelName(RiskLevel level) => DutyText.RiskLevelName(level);

    public static string SlotStateName(SlotState state) => DutyText.SlotStateName(state);

    /// <summary>A slot's state in the colours of the lights: 未履责 red, 待履责 yellow, 已履责 done.</summary>
    public static string SlotStateClass(SlotState state) => state switch
    {
        SlotState.Recorded => "st-done",
        SlotState.Due => "st-yellow",
        SlotState.Missed => "st-red",
        _ => "st-notstarted",
    };

    public static string RiskLevelClass(RiskLevel level) => level switch
    {
        RiskLevel.High => "st-red",
        RiskLevel.Medium => "st-yellow",
        _ => "st-green",
    };

    /// <summary>The period of a slot id (<c>{itemId}:{period}</c>) as people say it.</summary>
    public static string SlotPeriod(string slotId) =>
        slotId.LastIndexOf(':') is var colon and >= 0 && slotId.Length - colon - 1 >= 4 ? DutyText.PeriodName(slotId[(colon + 1)..]) : slotId;

    public static string PeriodName(string period) => DutyText.PeriodName(period);

    /// <summary>A once item says its date, the others how often they fall due.</summary>
    public static string When(DutyItem item) =>
        item.Cadence == Cadence.Once && item.DueDate is { } due ? $"一次性（{Display.Date(due)} 前）" : CadenceName(item.Cadence);

    /// <summary>Who holds an item: 全体班子成员 and the leaders and units named.</summary>
    public static string Assignees(DutyAssignees a, BrigadeInfo brigade)
    {
        var names = new List<string>();
        if (a.AllLeaders)
        {
            names.Add("全体班子成员");
        }

        names.AddRange(a.LeaderIds.Select(id => DutyNames.Of(brigade, DutyHolder.Leader(brigade.Id, id))));
        names.AddRange(a.UnitIds.Select(id => DutyNames.Of(brigade, DutyHolder.Unit(brigade.Id, id))));
        return names.Count == 0 ? "—" : string.Join("、", names);
    }

    /// <summary>签订率 as a percentage of pledges signed, with the count beside it.</summary>
    public static string SignedRate(int signed, int total) => total == 0 ? "暂无责任书" : $"{Display.Percent((double)signed / total)}（{signed}/{total}）";

    /// <summary>Where a record the system made comes from, as a link: the instruction, the meeting or the task.</summary>
    public static string? SourceLink(DutyRecordResponse record) => record.Source switch
    {
        DutyRecordSource.Instruction => $"/instructions/{record.SourceId}",
        DutyRecordSource.Meeting => $"/meetings/{record.SourceId}",
        DutyRecordSource.Return => $"/tasks/{record.SourceId}",
        _ => null,
    };

    public static string SourceName(DutyRecordSource source) => DutyText.SourceName(source);
}
