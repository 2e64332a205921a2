namespace Responsibility.Reports.Layouts;

using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Reports;
using Responsibility.Grains.Abstractions.Rollups;
using Responsibility.Grains.Abstractions.Tasks;
using Responsibility.Reports.Document;

internal static class MonthlySections
{
    public static IEnumerable<Block> Overview(MonthlyReport r)
    {
        var o = r.Overview;
        var c = o.Counts;
        var pace = Math.Abs(o.Percent - o.Expected) < 0.0005 ? "与序时进度持平"
            : $"{(o.Percent > o.Expected ? "快于" : "慢于")}序时进度{Figures.Gap(o.Percent - o.Expected)}";
        yield return new Paragraph(
            $"截至{Figures.Date(r.AsOf)}，全队共有年度重点任务{o.TaskCount}项，已完成{c.Done}项，按序时推进（绿灯）{c.Green}项，" +
            $"进度滞后（黄灯）{c.Yellow}项，严重滞后或逾期（红灯）{c.Red}项，尚未开始{c.NotStarted}项。" +
            $"总体完成进度{Figures.Percent(o.Percent)}，序时进度{Figures.Percent(o.Expected)}，{pace}；" +
            $"较上月{Figures.Points(o.Percent - o.PreviousPercent)}。");
        if (o.NewlyDone.Length > 0)
        {
            yield return new Paragraph($"本月新完成任务{o.NewlyDone.Length}项：{Names(o.NewlyDone)}。");
        }

        if (o.NewlyRed.Length > 0)
        {
            yield return new Paragraph($"本月新转为红灯任务{o.NewlyRed.Length}项：{Names(o.NewlyRed)}，请分管领导重点督办。");
        }
    }

    /// <summary>The units' table and chart, each bar in the status its lag has by <paramref name="thresholds"/>.</summary>
    public static IEnumerable<Block> Units(MonthlyReport r, StatusThresholds thresholds)
    {
        yield return new Table(
            "各单位任务推进情况",
            ["单位", "任务", "完成", "绿灯", "黄灯", "红灯", "完成进度", "序时进度", "较上月（百分点）", "本月填报"],
            r.Units.Select(u => new[]
            {
                u.Name, $"{u.TaskCount}", $"{u.Counts.Done}", $"{u.Counts.Green}", $"{u.Counts.Yellow}", $"{u.Counts.Red}",
                Figures.Percent(u.Percent), Figures.Percent(u.Expected), Figures.SignedPoints(u.Percent - u.PreviousPercent),
                u.TaskCount == 0 ? "—" : u.EntriesThisMonth == 0 ? "未填报" : $"{u.EntriesThisMonth}条",
            }).ToArray());
        yield return new BarChart(
            "各单位完成进度与序时进度",
            r.Units.Where(u => u.TaskCount > 0)
                .Select(u => new ChartBar(u.Name, u.Percent, u.Expected, thresholds.OfRollup(u.Percent, u.Expected - u.Percent, u.TaskCount)))
                .ToArray(),
            "完成进度", "序时进度");
        if (Evidence(r.Units) is { } evidence)
        {
            yield return new Paragraph(evidence);
        }

        if (r.SilentUnits.Length > 0)
        {
            yield return new Paragraph($"本月未填报进度的单位：{string.Join("、", r.SilentUnits)}，请于会后补报。");
        }
    }

    /// <summary>
    /// 佐证材料: the files attached to the month's accepted entries and to the instructions' standing answers, in all and by
    /// unit; nothing when there are none.
    /// </summary>
    private static string? Evidence(UnitLine[] units)
    {
        static int Files(UnitLine u) => u.EvidenceThisMonth + u.AnswerEvidenceThisMonth;
        var total = units.Sum(Files);
        var answers = units.Sum(u => u.AnswerEvidenceThisMonth);
        var what = answers == 0 ? "本月填报" : total == answers ? "本月批示办理" : "本月填报和批示办理";
        return total == 0 ? null
            : $"{what}共附佐证材料{total}份（" +
              string.Join("、", units.Where(u => Files(u) > 0).Select(u => $"{u.Name}{Files(u)}份")) + "）。";
    }

    /// <summary>
    /// Each leader's two lines, then their 清单 and the month's 履责纪实 with the records a reader may read (a report stored
    /// before them has neither).
    /// </summary>
    public static IEnumerable<Block> Leaders(MonthlyReport r)
    {
        foreach (var l in r.Leaders)
        {
            yield return new Paragraph(
                $"{(l.UnitNames.Length > 0 ? $"分管{string.Join("、", l.UnitNames)}。" : "")}" +
                $"业务工作：{Line(l.Business)}；法治建设和党风廉政建设：{Line(l.Accountability)}。{Duties(l.Duties, r.Year)}",
                RunIn: $"{l.Name}（{l.Post}{(l.IsFirstResponsible ? "，第一责任人" : "")}）。");
            foreach (var records in DutyProse.Records(l.Duties?.Records ?? [], "本月履责纪实：", "详见廉政档案"))
            {
                yield return records;
            }
        }
    }

    private static string Duties(LeaderDuties? d, int year) => d is null
        ? ""
        : (d.Records.Length == 0 ? "本月无履责纪实" : $"本月履责纪实{d.Records.Length}条（{DutyProse.KindCounts(d.Records)}）") +
          $"；{DutyProse.Completion(d, year)}。";

    public static IEnumerable<Block> Indicators(IndicatorLine[] indicators)
    {
        if (indicators.Length == 0)
        {
            yield return new Paragraph("本年度未设置重点指标。");
            yield break;
        }

        yield return new Table(
            "重点指标完成情况",
            ["指标", "本月", "年度累计", "年度目标", "完成率"],
            indicators.Select(i => new[]
            {
                i.Name, Figures.Amount(i.Kind, i.ThisMonth, i.UnitLabel), Figures.Amount(i.Kind, i.YearToDate, i.UnitLabel),
                Figures.Amount(i.Kind, i.Target, i.UnitLabel), Figures.Percent(i.Target > 0 ? i.YearToDate / i.Target : 0),
            }).ToArray());
    }

    public static IEnumerable<Block> Lagging(MonthlyReport r)
    {
        if (r.Lagging.Length == 0)
        {
            yield return new Paragraph("本月无滞后任务。");
        }

        foreach (var t in r.Lagging)
        {
            var latest = t.Reported ? Notes.Sentence(t.LatestNote, "最新进展：") : "本年度尚未填报进展。";
            yield return new Paragraph(
                $"承办单位{t.UnitName}，分管领导{t.LeaderName}。{LagFigures(t)}（{Figures.Status(t.Status)}）。{latest}",
                RunIn: $"{t.Title}。", RunInLevel: 2);
        }

        foreach (var line in Notes.Withheld(r.Lagging.Count(t => t.NoteWithheld), "项滞后任务的最新进展说明"))
        {
            yield return line;
        }

        if (r.Returned.Length > 0)
        {
            yield return new Paragraph(
                $"本月退回填报{r.Returned.Length}条：" +
                string.Join("；", r.Returned.Select(x => $"{x.UnitName}“{x.Title}”（{x.ReturnedByName ?? ReportActors.NameOf(x.ReturnedBy)}退回" +
                    (x.ReasonWithheld ? "）" : $"：{Notes.Summary(x.Reason) ?? x.Reason}）"))) +
                "。");
        }

        foreach (var line in Notes.Withheld(r.Returned.Count(x => x.ReasonWithheld), "条退回原因"))
        {
            yield return line;
        }
    }

    /// <summary>Progress against pace; a Rate by its level against the target, which is what lags.</summary>
    private static string LagFigures(ReportTask t) => t.Kind switch
    {
        MetricKind.Rate when t.Reported => TaskProse.Outcome(t, yearEnded: false),
        MetricKind.Rate => $"目标{Figures.Level(t.Target)}",
        MetricKind.Count when t.Reported =>
            $"累计完成{Figures.Amount(t.Kind, t.Actual, t.UnitLabel)}，完成进度{Figures.Percent(t.Percent)}，序时进度{Figures.Percent(t.Expected)}",
        _ => $"完成进度{Figures.Percent(t.Percent)}，序时进度{Figures.Percent(t.Expected)}",
    };

    private static string Names(ReportTask[] tasks) => string.Join("、", tasks.Select(t => $"{t.Title}（{t.UnitName}）"));

    private static string Line(Rollup r) => r.TaskCount == 0
        ? "无分管任务"
        : $"任务{r.TaskCount}项，完成进度{Figures.Percent(r.Percent)}（序时{Figures.Percent(r.Expected)}），" +
          $"完成{r.Counts.Done}项、红灯{r.Counts.Red}项、黄灯{r.Counts.Yellow}项";
}
