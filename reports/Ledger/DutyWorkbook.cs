namespace Responsibility.Reports.Ledger;

using Responsibility.Grains.Abstractions.Duties;
using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Text;
using C = Responsibility.Reports.Ledger.DutyColumns;

/// <summary>
/// Writes a year's 责任清单 as an .xlsx (<see cref="LedgerXlsx"/>): the sheet 责任清单, one item a row with its holders and
/// tasks by the names people use, which reads back as it was written; and, for a reader who may see it, the sheet
/// 廉政风险点 with the units' register.
/// </summary>
public static class DutyWorkbook
{
    public const string ListSheet = "责任清单";

    public const string RiskSheet = "廉政风险点";

    /// <summary>The 来源 of an item handed down by the 支队.</summary>
    public const string HandedDown = "支队交办";

    public static string FileName(BrigadeInfo brigade, int year) => $"{brigade.Settings.Name}{year}年度责任清单.xlsx";

    /// <param name="taskCodes">The codes of the year's tasks by id.</param>
    /// <param name="risks">The register, or null to leave its sheet out.</param>
    public static byte[] Write(
        BrigadeInfo brigade, IReadOnlyList<DutyItem> items, IReadOnlyDictionary<string, string> taskCodes, IReadOnlyList<RiskRow>? risks)
    {
        var list = new LedgerSheetRows(ListSheet, [.. C.All.Select(c => (c, ListWidths[c]))], [.. items.Select(i => Row(brigade, i, taskCodes))]);
        return risks is null
            ? LedgerXlsx.Write(list)
            : LedgerXlsx.Write(list, new LedgerSheetRows(RiskSheet, [.. C.RiskAll.Select(c => (c, RiskWidths[c]))], [.. risks.Select(r => Row(brigade, r))]));
    }

    /// <summary>"全体班子成员、赵刚、宣传中队": every leader, then the leaders and units named, by name.</summary>
    public static string Assignees(BrigadeInfo brigade, DutyAssignees a) => DutyNotation.Names(
        (a.AllLeaders ? [DutyNotation.AllLeaders] : Array.Empty<string>())
            .Concat(a.LeaderIds.Select(id => Array.Find(brigade.Leaders, l => l.Id == id)?.Name ?? id))
            .Concat(a.UnitIds.Select(id => Array.Find(brigade.Units, u => u.Id == id)?.Name ?? id)));

    private static Dictionary<string, object?> Row(BrigadeInfo brigade, DutyItem item, IReadOnlyDictionary<string, string> taskCodes) => new()
    {
        [C.Id] = item.Id,
        [C.Section] = LedgerXlsx.Text(item.Section),
        [C.Title] = LedgerXlsx.Text(item.Title),
        [C.Requirement] = LedgerXlsx.Text(item.Requirement),
        [C.DutyLine] = TaskText.DutyLineName(item.DutyLine),
        [C.Cadence] = DutyText.CadenceName(item.Cadence),
        [C.DueDate] = item.DueDate is { } due ? LedgerNotation.Date(due) : null,
        [C.Evidence] = LedgerXlsx.Text(item.Evidence),
        [C.Assignees] = LedgerXlsx.Text(Assignees(brigade, item.Assignees)),
        [C.Tasks] = LedgerXlsx.Text(DutyNotation.Names(item.TaskIds.Select(id => taskCodes.TryGetValue(id, out var code) ? code : id))),
        [C.Source] = item.Source is null ? null : HandedDown,
    };

    private static Dictionary<string, object?> Row(BrigadeInfo brigade, RiskRow row) => new()
    {
        [C.RiskUnit] = LedgerXlsx.Text(Array.Find(brigade.Units, u => u.Id == row.UnitId)?.Name ?? row.UnitId),
        [C.RiskPost] = LedgerXlsx.Text(row.Post),
        [C.Risk] = LedgerXlsx.Text(row.Risk),
        [C.RiskManifestation] = LedgerXlsx.Text(row.Manifestation),
        [C.RiskLevel] = DutyText.RiskLevelName(row.Level),
        [C.RiskMeasures] = LedgerXlsx.Text(row.Measures),
        [C.RiskLeader] = LedgerXlsx.Text(Array.Find(brigade.Leaders, l => l.Id == row.LeaderId)?.Name ?? row.LeaderId),
    };

    private static readonly Dictionary<string, double> ListWidths = new()
    {
        [C.Id] = 12, [C.Section] = 16, [C.Title] = 30, [C.Requirement] = 40, [C.DutyLine] = 16, [C.Cadence] = 8,
        [C.DueDate] = 12, [C.Evidence] = 20, [C.Assignees] = 24, [C.Tasks] = 16, [C.Source] = 10,
    };

    private static readonly Dictionary<string, double> RiskWidths = new()
    {
        [C.RiskUnit] = 12, [C.RiskPost] = 16, [C.Risk] = 30, [C.RiskManifestation] = 36, [C.RiskLevel] = 6, [C.RiskMeasures] = 40,
        [C.RiskLeader] = 10,
    };
}
