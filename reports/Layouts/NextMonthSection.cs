namespace Responsibility.Reports.Layouts;

using Responsibility.Grains.Abstractions.Reports;
using Responsibility.Grains.Abstractions.Tasks;
using Responsibility.Reports.Document;

/// <summary>
/// 七、下月工作安排: the tasks falling due next month and what each Red task must catch up, each list cut to what a
/// meeting can read with the rest counted.
/// </summary>
internal static class NextMonthSection
{
    public static IEnumerable<Block> Build(MonthlyReport r)
    {
        // Snapshots stored before catch-up lines existed have none: the section then lists deadlines only, as it did.
        if (r.CatchUp is not { } catchUp)
        {
            return DueNextMonth(r.DueNextMonth);
        }

        if (r.DueNextMonth.Length == 0 && catchUp.Length == 0)
        {
            return [new Paragraph("下月无到期任务，也无须追赶进度的红灯任务，各单位按序时进度推进年度任务。")];
        }

        return [new Heading(2, "下月到期任务"), .. DueNextMonth(r.DueNextMonth), new Heading(2, "红灯任务追赶进度"), .. CatchUp(catchUp)];
    }

    private static IEnumerable<Block> DueNextMonth(ReportTask[] due)
    {
        if (due.Length == 0)
        {
            yield return new Paragraph("下月无到期任务，各单位按序时进度推进年度任务。");
            yield break;
        }

        var list = Capped<ReportTask>.Of(due);
        yield return new Paragraph($"下月到期任务{due.Length}项，请承办单位抓紧推进、按期完成：");
        foreach (var t in list.Shown)
        {
            yield return new Paragraph(
                $"{t.UnitName}承办，{Figures.Date(t.Due)}到期，{Standing(t)}。", RunIn: $"{t.Code} {t.Title}", RunInLevel: 3);
        }

        if (list.Rest > 0)
        {
            yield return new Paragraph($"另有{list.Rest}项下月到期任务，详见任务台账。");
        }
    }

    private static IEnumerable<Block> CatchUp(CatchUpLine[] lines)
    {
        if (lines.Length == 0)
        {
            yield return new Paragraph("本月无须追赶进度的红灯任务。");
            yield break;
        }

        var list = Capped<CatchUpLine>.Of(lines);
        yield return new Paragraph($"红灯任务{lines.Length}项须在下月加快推进，承办单位要制定追赶措施、限期赶上序时进度：");
        foreach (var c in list.Shown)
        {
            yield return new Paragraph($"{c.UnitName}承办，{Owed(c)}。", RunIn: $"{c.Code} {c.Title}", RunInLevel: 3);
        }

        if (list.Rest > 0)
        {
            yield return new Paragraph($"另有{list.Rest}项红灯任务须追赶进度，由分管领导督促承办单位限期赶上。");
        }
    }

    /// <summary>Where a task stands, in its own terms: "目前完成7期（目标12期）", "目前为87%（目标90%）".</summary>
    private static string Standing(ReportTask t) => t.Kind switch
    {
        _ when !t.Reported => "尚未填报进展",
        MetricKind.Count => $"目前完成{Figures.Amount(t.Kind, t.Actual, t.UnitLabel)}（目标{Figures.Amount(t.Kind, t.Target, t.UnitLabel)}）",
        MetricKind.Rate => $"目前为{Figures.Level(t.Actual)}（目标{Figures.Level(t.Target)}）",
        _ => $"目前完成进度{Figures.Percent(t.Percent)}",
    };

    /// <summary>"须补齐3期方能赶上序时进度", "须由87%提升至90%以上", "须完成“验收”阶段".</summary>
    private static string Owed(CatchUpLine c)
    {
        var lower = c.Direction == RateDirection.LowerIsBetter;
        return c.Kind switch
        {
            MetricKind.Count when c.Overdue =>
                $"已过完成时限，目前累计{Amount(c, c.Actual)}，距年度目标仍差{Amount(c, c.Owed)}，须尽快补齐",
            MetricKind.Count => $"目前累计{Amount(c, c.Actual)}，下月底前须补齐{Amount(c, c.Owed)}方能赶上序时进度",
            MetricKind.Rate when !c.Reported =>
                $"尚未报送数据，须于下月报送并{(lower ? "控制在" : "达到")}{Figures.Level(c.Required)}{(lower ? "以下" : "以上")}",
            MetricKind.Rate => $"目前为{Figures.Level(c.Actual)}，须{(lower ? "降至" : "提升至")}{Figures.Level(c.Required)}{(lower ? "以下" : "以上")}",
            _ when c.Stages.Length == 0 => $"完成进度须由{Figures.Percent(c.Actual)}提高到{Figures.Percent(c.Required)}",
            _ when c.Overdue => $"已过完成时限，完成进度{Figures.Percent(c.Actual)}，须尽快完成{Stages(c)}阶段",
            _ => $"完成进度{Figures.Percent(c.Actual)}，下月底前须完成{Stages(c)}阶段方能赶上序时进度",
        };
    }

    private static string Amount(CatchUpLine c, double value) => Figures.Amount(c.Kind, value, c.UnitLabel);

    private static string Stages(CatchUpLine c) => string.Join("、", c.Stages.Select(s => $"“{s}”"));
}
