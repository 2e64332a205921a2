namespace Responsibility.Reports.Layouts;

using Responsibility.Grains.Abstractions.Reports;
using Responsibility.Reports.Document;

internal static class AnnualSections
{
    public static IEnumerable<Block> Achievements(AnnualReport r)
    {
        foreach (var c in r.Categories)
        {
            yield return new Paragraph(
                $"全年{c.Category}方面任务{c.Rollup.TaskCount}项，已完成{c.Rollup.Counts.Done}项，总体完成进度" +
                $"{Figures.Percent(c.Rollup.Percent)}。" + string.Join("；", c.Tasks.Select(t => $"{t.Title}，{Figures.Result(t)}")) + "。",
                RunIn: $"扎实推进{c.Category}工作。");
        }

        if (r.Indicators.Length > 0)
        {
            yield return new Paragraph(
                "全年" + string.Join("，", r.Indicators.Select(i => $"{i.Name}{Figures.Amount(i.Kind, i.YearToDate, i.UnitLabel)}")) + "。");
        }
    }

    public static IEnumerable<Block> FirstResponsible(AnnualReport r)
    {
        if (r.FirstResponsible is not { } leader)
        {
            yield return new Paragraph("（尚未指定推进法治建设第一责任人。）");
            yield break;
        }

        var line = leader.Accountability;
        yield return new Paragraph(
            $"{leader.Post}{leader.Name}认真履行推进法治建设第一责任人职责，落实班子成员“一岗双责”，" +
            $"{(leader.UnitNames.Length > 0 ? $"分管{string.Join("、", leader.UnitNames)}，" : "")}" +
            $"全年牵头法治建设和党风廉政建设任务{line.TaskCount}项，已完成{line.Counts.Done}项，总体完成进度{Figures.Percent(line.Percent)}。",
            RunIn: "强化对法治建设的组织领导。");
        foreach (var t in r.FirstResponsibleTasks)
        {
            yield return new Paragraph($"{Figures.Result(t)}。{t.LatestNote}", RunIn: $"{t.Title}。", RunInLevel: 3);
        }
    }

    public static IEnumerable<Block> Shortcomings(AnnualReport r)
    {
        if (r.Shortcomings.Length == 0)
        {
            yield return new Paragraph("全年各项任务均按序时推进，但对标更高要求，执法规范化、精细化水平仍需持续提升。");
            yield break;
        }

        foreach (var t in r.Shortcomings)
        {
            yield return new Paragraph(
                $"{t.UnitName}承办，{Figures.Result(t)}，序时进度{Figures.Percent(t.Expected)}。" +
                (t.LatestNote is { Length: > 0 } note ? $"主要情况：{note}" : "全年未填报进展。"),
                RunIn: $"{t.Title}推进滞后。");
        }
    }

    public static IEnumerable<Block> NextYear(AnnualReport r)
    {
        if (r.NextYear.Length == 0)
        {
            yield return new Paragraph($"（{r.Year + 1}年度任务清单录入后，本部分据此生成。）");
            yield break;
        }

        foreach (var c in r.NextYear)
        {
            yield return new Paragraph(
                string.Join("；", c.Tasks.Select(t => $"{t.Title}{(t.Kind == Grains.Abstractions.Tasks.MetricKind.Milestone ? "" : $"，目标{Figures.Amount(t.Kind, t.Target, t.UnitLabel)}")}（{t.UnitName}承办）")) + "。",
                RunIn: $"聚焦{c.Category}。");
        }
    }
}
