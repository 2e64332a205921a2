namespace Responsibility.Reports.Layouts;

using Responsibility.Grains.Abstractions.Duties;
using Responsibility.Grains.Abstractions.Reports;
using Responsibility.Grains.Abstractions.Text;
using Responsibility.Reports.Document;

/// <summary>
/// A leader's 清单 and 履责纪实 in the words of the reports: "本月履责纪实3条（谈心谈话1次、督导检查2次）", "责任清单应履责12项次，
/// 已履责10项次，未履责2项次：开展谈心谈话（3月、4月）", and the records themselves, dated, cut to what a meeting can read.
/// </summary>
internal static class DutyProse
{
    /// <summary>
    /// What a record was, as people count it: its kind, or for one the system made from the log, what it came from (a
    /// 批示 is not a talk; a meeting chaired is the 专题研究 it was made as).
    /// </summary>
    public static string KindName(DutyRecordLine r) => DutyText.RecordName(r.Kind, r.Source);

    /// <summary>"谈心谈话1次、督导检查2次": each kind once, in the order of the list of kinds.</summary>
    public static string KindCounts(IEnumerable<DutyRecordLine> records) => string.Join("、", records
        .GroupBy(KindName)
        .OrderBy(g => g.Min(r => Rank(r)))
        .Select(g => $"{g.Key}{g.Count()}次"));

    /// <summary>
    /// The 清单 in one clause that ends a sentence: what was due by then, recorded, still within its period, and missed,
    /// named last.
    /// </summary>
    public static string Completion(LeaderDuties d, int year)
    {
        if (d.ItemCount == 0)
        {
            return "责任清单未列其履责事项";
        }

        var (due, recorded, missed) = (d.Business.Due + d.Accountability.Due, d.Business.Recorded + d.Accountability.Recorded,
            d.Business.Missed + d.Accountability.Missed);
        if (due == 0)
        {
            return $"责任清单所列{d.ItemCount}项履责事项尚未到履责时间";
        }

        var pending = due - recorded - missed;
        return recorded == due
            ? $"责任清单应履责{due}项次，均已履责"
            : $"责任清单应履责{due}项次，已履责{recorded}项次" + (pending > 0 ? $"，{pending}项次尚在履责期内" : "") +
              (missed > 0 ? $"，未履责{missed}项次：{MissedNames(d.Missed, year)}" : "");
    }

    /// <summary>
    /// The records a reader may read, "5月8日，谈心谈话：与秩序中队中队长李强谈心谈话……", at most <see cref="Capped{T}.Default"/>
    /// (written ones before those the system made), in date order, the rest counted; then the line for those withheld.
    /// </summary>
    public static IEnumerable<Paragraph> Records(DutyRecordLine[] records, string lead, string rest)
    {
        var readable = records.Where(r => !r.ContentWithheld).ToArray();
        var shown = Capped<DutyRecordLine>.Of(
            [.. readable.OrderBy(r => r.Source == DutyRecordSource.Written ? 0 : 1).ThenBy(r => r.OccurredOn)]);
        if (shown.Shown.Length > 0)
        {
            var lines = shown.Shown.OrderBy(r => r.OccurredOn).Select(r => $"{Figures.Date(r.OccurredOn)}，{KindName(r)}" +
                (Notes.Summary(r.Content) is { } what ? $"：{what}" : ""));
            yield return new Paragraph(
                lead + string.Join("；", lines) + (shown.Rest > 0 ? $"；另有{shown.Rest}条，{rest}" : "") + "。");
        }

        foreach (var withheld in Notes.Withheld(records.Length - readable.Length, "条履责纪实的具体内容"))
        {
            yield return withheld;
        }
    }

    /// <summary>"开展谈心谈话（3月、4月）；专题研究（第一季度）": each item once with its periods, the items cut and counted.</summary>
    private static string MissedNames(MissedDuty[] missed, int year)
    {
        var items = Capped<IGrouping<string, MissedDuty>>.Of([.. missed.GroupBy(m => m.ItemId, StringComparer.Ordinal)]);
        return string.Join("；", items.Shown.Select(g => $"{g.First().Title}（{string.Join("、", g.Select(m => Period(m, year)))}）")) +
               (items.Rest > 0 ? $"等{items.Shown.Length + items.Rest}项事项" : "");
    }

    /// <summary>A period within the report's year without the year: 3月, 第一季度, 上半年; a yearly one 全年; a once one by its date.</summary>
    private static string Period(MissedDuty m, int year)
    {
        if (m.Period.Length == 4)
        {
            return m.Due == new DateOnly(m.Due.Year, 12, 31) ? "全年" : $"{Figures.Date(m.Due)}前";
        }

        var name = DutyText.PeriodName(m.Period);
        return name.StartsWith($"{year}年", StringComparison.Ordinal) ? name[5..] : name;
    }

    private static int Rank(DutyRecordLine r) => r.Source switch
    {
        DutyRecordSource.Instruction => 100,
        DutyRecordSource.Return => 101,
        _ => (int)r.Kind,
    };
}
