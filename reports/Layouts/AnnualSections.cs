namespace Responsibility.Reports.Layouts;

using System.Globalization;
using Responsibility.Grains.Abstractions.Duties;
using Responsibility.Grains.Abstractions.Reports;
using Responsibility.Grains.Abstractions.Tasks;
using Responsibility.Reports.Document;

/// <summary>The four parts of the annual draft, in the seed report's prose: figures in their own terms, notes summarised.</summary>
internal static class AnnualSections
{
    public static IEnumerable<Block> Achievements(AnnualReport r)
    {
        var yearEnded = YearEnded(r);
        var period = Period(r);
        foreach (var c in r.Categories)
        {
            var tasks = Capped<ReportTask>.Of(Distinguished(c.Tasks));
            var items = tasks.Shown.Select(t => TaskProse.Achieved(t, yearEnded));
            var rest = tasks.Rest > 0 ? $"；另有{tasks.Rest}项任务，详见年度任务台账" : "";
            yield return new Paragraph(
                $"{period}{c.Category}方面任务{c.Rollup.TaskCount}项，已完成{c.Rollup.Counts.Done}项，总体完成进度" +
                $"{Figures.Percent(c.Rollup.Percent)}。{string.Join("；", items)}{rest}。",
                RunIn: $"扎实推进{c.Category}工作。");
            // The period is said once, as a person writing the report would.
            period = yearEnded ? period : "";
        }

        foreach (var oversight in OversightSection.Annual(r, Period(r)))
        {
            yield return oversight;
        }

        foreach (var appraisal in AppraisalSection.Annual(r, Period(r)))
        {
            yield return appraisal;
        }

        if (r.Indicators.Length > 0)
        {
            yield return new Paragraph(Period(r) + string.Join("，", r.Indicators.Select(Indicator)) + "。");
        }
    }

    public static IEnumerable<Block> FirstResponsible(AnnualReport r)
    {
        if (r.FirstResponsible is not { } leader)
        {
            yield return new Paragraph("待补充：尚未指定推进法治建设第一责任人，指定后本部分据其分管任务和履责纪实生成。");
            yield break;
        }

        var line = leader.Accountability;
        yield return new Paragraph(
            $"{leader.Post}{leader.Name}认真履行推进法治建设第一责任人职责，落实班子成员“一岗双责”，" +
            $"{(leader.UnitNames.Length > 0 ? $"分管{string.Join("、", leader.UnitNames)}，" : "")}" +
            $"{Period(r)}牵头法治建设和党风廉政建设任务{line.TaskCount}项，已完成{line.Counts.Done}项，总体完成进度{Figures.Percent(line.Percent)}。",
            RunIn: "强化对法治建设的组织领导。");
        var tasks = Capped<ReportTask>.Of(r.FirstResponsibleTasks);
        foreach (var t in tasks.Shown)
        {
            yield return new Paragraph(
                $"{TaskProse.Outcome(t, YearEnded(r))}。{Notes.Sentence(t.LatestNote)}", RunIn: $"{t.Title}。", RunInLevel: 3);
        }

        if (tasks.Rest > 0)
        {
            yield return new Paragraph($"此外，牵头推进的其他{tasks.Rest}项任务详见年度任务台账。");
        }

        foreach (var withheld in Notes.Withheld(tasks.Shown.Count(t => t.NoteWithheld), "项任务的进展情况说明"))
        {
            yield return withheld;
        }

        foreach (var duties in r.FirstResponsibleDuties is { } d ? Duties(r, leader, d) : [])
        {
            yield return duties;
        }
    }

    /// <summary>
    /// 履责纪实 in the seed's manner: the year's figures by kind, the 责任书 signed and the 清单's completion, then what the
    /// records were; plainly what is missing when there are none.
    /// </summary>
    private static IEnumerable<Block> Duties(AnnualReport r, LeaderLine leader, LeaderDuties d)
    {
        var pledges = r.FirstResponsiblePledges is { Total: > 0 } p
            ? p.Signed == 0 ? $"与班子成员的{p.Total}份党风廉政建设责任书尚未签订"
            : $"与班子成员签订党风廉政建设责任书{p.Signed}份{(p.Signed < p.Total ? $"（应签{p.Total}份）" : "")}"
            : null;
        var completion = DutyProse.Completion(d, r.Year);
        yield return new Paragraph(
            d.Records.Length == 0
                ? $"待补充：{leader.Name}本年度尚无履责纪实记录，录入其谈心谈话、专题研究、督导检查、讲党课等履责纪实后，本部分据此生成。" +
                  $"{(pledges is null ? "" : pledges + "；")}{completion}。"
                : $"{(YearEnded(r) ? $"{leader.Name}全年" : Period(r) + leader.Name)}{string.Join("，", RecordFigures(d.Records))}" +
                  $"{(pledges is null ? "" : "，" + pledges)}。{completion}。",
            RunIn: "以上率下履行第一责任人职责。");
        foreach (var records in DutyProse.Records(d.Records, "主要履责纪实：", "详见廉政档案"))
        {
            yield return records;
        }
    }

    /// <summary>"主持召开专题研究3次", "开展谈心谈话12人次" (a talk counts each person talked with), … — every record counted once.</summary>
    private static IEnumerable<string> RecordFigures(DutyRecordLine[] records)
    {
        static int People(IEnumerable<DutyRecordLine> talks) => talks.Sum(t => Math.Max(1, t.Participants));
        var written = records.Where(x => x.Source is DutyRecordSource.Written or DutyRecordSource.Meeting).ToLookup(x => x.Kind);
        (int Count, string Words)[] figures =
        [
            (written[DutyRecordKind.Study].Count(), "主持召开专题研究{0}次"),
            (People(written[DutyRecordKind.Talk]), "开展谈心谈话{0}人次"),
            (People(written[DutyRecordKind.Reminder]), "提醒谈话{0}人次"),
            (People(written[DutyRecordKind.Interview]), "约谈{0}人次"),
            (written[DutyRecordKind.Inspection].Count(), "督导检查{0}次"),
            (written[DutyRecordKind.Lecture].Count(), "讲党课{0}次"),
            (written[DutyRecordKind.RiskReview].Count(), "组织廉政风险点排查{0}次"),
            (written[DutyRecordKind.Other].Count(), "开展其他履责工作{0}次"),
            (records.Count(x => x.Source == DutyRecordSource.Instruction), "作出批示督办{0}件"),
            (records.Count(x => x.Source == DutyRecordSource.Return), "审核退回填报{0}条"),
        ];
        return figures.Where(f => f.Count > 0).Select(f => string.Format(CultureInfo.InvariantCulture, f.Words, f.Count));
    }

    public static IEnumerable<Block> Shortcomings(AnnualReport r)
    {
        if (r.Shortcomings.Length == 0)
        {
            yield return new Paragraph("全年各项任务均按序时推进，但对标更高要求，执法规范化、精细化水平仍需持续提升。");
            yield break;
        }

        var tasks = Capped<ReportTask>.Of(r.Shortcomings);
        foreach (var t in tasks.Shown)
        {
            var pace = t.Kind == MetricKind.Rate ? "" : $"，序时进度{Figures.Percent(t.Expected)}";
            yield return new Paragraph(
                $"{t.UnitName}承办，{TaskProse.Outcome(t, YearEnded(r))}{pace}。{Notes.Sentence(t.LatestNote, "主要情况：")}",
                RunIn: $"{t.Title}推进滞后。");
        }

        if (tasks.Rest > 0)
        {
            yield return new Paragraph($"另有{tasks.Rest}项任务未按序时进度完成，详见年度任务台账。");
        }

        foreach (var withheld in Notes.Withheld(tasks.Shown.Count(t => t.NoteWithheld), "项任务的进展情况说明"))
        {
            yield return withheld;
        }
    }

    public static IEnumerable<Block> NextYear(AnnualReport r)
    {
        if (r.NextYear.Length == 0)
        {
            yield return new Paragraph(
                $"待补充：{r.Year + 1}年度任务清单尚未录入。任务清单录入后，本部分据此生成；也可在此直接补充下一年度的主要安排。");
            yield break;
        }

        foreach (var c in r.NextYear)
        {
            var tasks = Capped<ReportTask>.Of(c.Tasks);
            var items = tasks.Shown.Select(t => $"{TaskProse.Planned(t)}（{t.UnitName}承办）");
            var rest = tasks.Rest > 0 ? $"；另有{tasks.Rest}项任务，详见{r.Year + 1}年度任务清单" : "";
            yield return new Paragraph(
                $"{r.Year + 1}年安排{c.Category}方面任务{c.Tasks.Length}项：{string.Join("；", items)}{rest}。",
                RunIn: $"聚焦{c.Category}。");
        }
    }

    /// <summary>Units share a task's title ("查处酒驾醉驾违法行为"): a repeated title names its unit.</summary>
    private static ReportTask[] Distinguished(ReportTask[] tasks)
    {
        var repeated = tasks.GroupBy(t => t.Title).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();
        return [.. tasks.Select(t => repeated.Contains(t.Title) ? t with { Title = $"{t.Title}（{t.UnitName}）" } : t)];
    }

    private static bool YearEnded(AnnualReport r) => r.AsOf >= new DateOnly(r.Year, 12, 31);

    /// <summary>"全年" once the year is over; "截至9月30日" for a draft read during the year.</summary>
    private static string Period(AnnualReport r) => YearEnded(r) ? "全年" : $"截至{Figures.Date(r.AsOf)}，";

    private static string Indicator(IndicatorLine i) => i.Kind == MetricKind.Rate
        ? $"{i.Name}为{Figures.Level(i.YearToDate)}"
        : $"{i.Name}{Figures.Amount(i.Kind, i.YearToDate, i.UnitLabel)}";
}
