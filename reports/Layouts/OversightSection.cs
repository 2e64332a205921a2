namespace Responsibility.Reports.Layouts;

using Responsibility.Grains.Abstractions.Oversight;
using Responsibility.Grains.Abstractions.Reports;
using Responsibility.Grains.Abstractions.Text;
using Responsibility.Reports.Document;

/// <summary>
/// 督责 in the reports: in the monthly report's 五、滞后任务及督办事项 the month's 整改 due and overdue and a line of the
/// extensions granted and refused; in the annual report's part 一 the year's inspections, 通报 and 整改 in the seed's
/// figures ("开展执法质量检查12次，下发通报12期，督促整改问题53个"). Reports stored before 督责 say what they said then.
/// </summary>
internal static class OversightSection
{
    public static IEnumerable<Block> Monthly(MonthlyReport r)
    {
        if (r.Rectifications is not { } t)
        {
            yield break;
        }

        var dueClosed = t.Due.Count(x => x.State == RectificationState.Closed);
        yield return new Paragraph(
            $"本月到期整改问题{t.Due.Length}个，已销号{dueClosed}个；截至{Figures.Date(r.AsOf)}，逾期未销号{t.Overdue.Length}个" +
            $"（按原定时限计{t.OverdueAgainstOriginal}个）。本月新增整改问题{t.Opened}个，销号{t.Closed}个。",
            RunIn: "整改问题落实情况。");
        var lines = t.Overdue.Concat(t.Due.Where(d => !t.Overdue.Any(o => o.RectificationId == d.RectificationId))).ToArray();
        var shown = Capped<RectificationLine>.Of([.. lines.Where(x => !x.Withheld)]);
        if (shown.Shown.Length > 0)
        {
            yield return new Table(
                "本月到期及逾期整改问题",
                ["责任单位", "问题", "责任领导", "原定时限", "调整后时限", "状态"],
                [.. shown.Shown.Select(x => new[]
                {
                    x.UnitName, Quote(x.Problem) + (x.Repeat ? "（重复发生）" : ""), x.LeaderName, Day(x.OriginalDue, r.Year),
                    x.ExtensionCount > 0 ? $"{Day(x.Due, r.Year)}（延期{x.ExtensionCount}次）" : "—",
                    t.Overdue.Contains(x) ? "逾期未销号" : InspectionText.StateName(x.State),
                })]);
        }

        if (shown.Rest > 0)
        {
            yield return new Paragraph($"另有{shown.Rest}个整改问题，详见整改台账。");
        }

        foreach (var line in Notes.Withheld(lines.Count(x => x.Withheld), "个整改问题的问题内容"))
        {
            yield return line;
        }

        foreach (var block in Extensions(r.Extensions ?? [], r.Year))
        {
            yield return block;
        }
    }

    /// <summary>"本月批准延期2件、不予批准1件", then what each was, those a reader may not read counted.</summary>
    private static IEnumerable<Block> Extensions(ExtensionLine[] lines, int year)
    {
        var granted = lines.Count(e => e.Granted);
        if (lines.Length == 0)
        {
            yield return new Paragraph("本月无延期申请审批事项。", RunIn: "延期审批情况。");
            yield break;
        }

        var shown = Capped<ExtensionLine>.Of([.. lines.Where(e => !e.Withheld)]);
        var items = shown.Shown.Select(e => e.Granted
            ? $"{Subject(e)}由{Day(e.PreviousDue, year)}延期至{Day(e.GrantedDue!.Value, year)}" +
              $"{(e.OriginalDue != e.PreviousDue ? $"（原定{Day(e.OriginalDue, year)}）" : "")}"
            : $"{Subject(e)}申请延期至{Day(e.ProposedDue, year)}，不予批准");
        var rest = shown.Rest > 0 ? $"；另有{shown.Rest}件，详见延期申请台账" : "";
        yield return new Paragraph(
            $"本月批准延期{granted}件、不予批准{lines.Length - granted}件" +
            (shown.Shown.Length > 0 ? $"：{string.Join("；", items)}{rest}。" : "。"),
            RunIn: "延期审批情况。");
        foreach (var line in Notes.Withheld(lines.Count(e => e.Withheld), "件延期申请的事项名称"))
        {
            yield return line;
        }
    }

    /// <summary>
    /// The year's figures in the seed's manner, under part 一 beside the categories; nothing in a draft made before 督责 or
    /// when the year saw none.
    /// </summary>
    public static IEnumerable<Block> Annual(AnnualReport r, string period)
    {
        if (r.Oversight is not { } o
            || o.InspectionCount + o.BulletinCount + o.RectificationsOpened + o.ExtensionsGranted + o.ExtensionsRefused == 0)
        {
            yield break;
        }

        var parts = new List<string>();
        if (o.InspectionCount > 0)
        {
            parts.Add("开展" + string.Join("、", o.Inspections.Where(i => i.Count > 0).Select(i => $"{InspectionText.KindName(i.Kind)}{i.Count}次")));
        }

        if (o.BulletinCount > 0)
        {
            var kinds = o.Bulletins.Where(b => b.Count > 0).ToArray();
            parts.Add($"下发通报{o.BulletinCount}期" +
                      (kinds.Length > 1 ? $"（{string.Join("、", kinds.Select(b => $"{InspectionText.BulletinKindName(b.Kind)}{b.Count}期"))}）" : ""));
        }

        if (o.RectificationsOpened > 0)
        {
            parts.Add($"督促整改问题{o.RectificationsOpened}个，已销号{o.RectificationsClosed}个，整改率{Figures.Percent(o.ClosedRate!.Value)}" +
                      (o.RectificationsOverdue > 0 ? $"，按原定时限逾期未销号{o.RectificationsOverdue}个" : ""));
        }

        if (o.ExtensionsGranted + o.ExtensionsRefused > 0)
        {
            parts.Add($"审批延期申请{o.ExtensionsGranted + o.ExtensionsRefused}件，批准{o.ExtensionsGranted}件、不予批准{o.ExtensionsRefused}件");
        }

        yield return new Paragraph($"{period}{string.Join("，", parts)}。", RunIn: "强化执法监督管理。");
    }

    private static string Subject(ExtensionLine e)
    {
        var what = e.TargetKind switch
        {
            ExtensionTargetKind.Task => "任务",
            ExtensionTargetKind.Instruction => "批示督办事项",
            ExtensionTargetKind.Rectification => "整改问题",
            _ => "履责事项",
        };
        return $"{e.UnitName ?? e.LeaderName}{what}“{Quote(e.TargetTitle)}”";
    }

    private static string Quote(string text) => Notes.Summary(text) ?? text;

    /// <summary>"5月3日" in the report's year, "2025年12月3日" otherwise.</summary>
    private static string Day(DateOnly day, int year) => day.Year == year ? Figures.Date(day) : $"{day.Year}年{Figures.Date(day)}";
}
