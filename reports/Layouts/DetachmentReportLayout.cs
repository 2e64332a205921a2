namespace Responsibility.Reports.Layouts;

using Responsibility.Grains.Abstractions.Detachments;
using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Text;
using Responsibility.Reports.Document;

/// <summary>
/// Lays out a 支队's 月度调度通报 in the reports' 公文 frame (GB/T 9704), as a 通报 is laid out: the detachment's
/// 发文机关标志 with the number under it (〔2026〕第5期), the title, the body — 一、总体情况 二、各大队推进情况 (ranked table and
/// chart) 三、红灯任务 (by brigade) 四、支队督办事项 — then the detachment and the date.
/// </summary>
public static class DetachmentReportLayout
{
    /// <summary>Red tasks read out per brigade; the rest are counted.</summary>
    public const int RedShown = 10;

    public static ReportDocument Build(DetachmentReport r, DateOnly issuedOn)
    {
        var body = new List<Block>
        {
            new Paragraph($"现将{ChineseNumbers.Month(r.Year, r.Month)}各大队重点工作推进情况通报如下。"),
            new Heading(1, "总体情况"),
        };
        body.AddRange(Overview(r));
        body.Add(new Heading(1, "各大队推进情况"));
        body.AddRange(Ranking(r));
        body.Add(new Heading(1, "红灯任务"));
        body.AddRange(RedLists(r));
        body.Add(new Heading(1, "支队督办事项"));
        body.AddRange(Instructions(r));
        return new ReportDocument([Title(r)], r.NumberText, Signer: null, Recipient: "各大队", body, r.DetachmentName, issuedOn)
        {
            Masthead = [r.DetachmentName + "调度通报"],
        };
    }

    /// <summary>"淄博支队〔2026〕第5期 2026年5月重点工作调度通报".</summary>
    public static string FileName(DetachmentReport r) => $"{r.DetachmentName}{r.NumberText} {Title(r)}";

    /// <summary>"2026年5月重点工作调度通报".</summary>
    public static string Title(DetachmentReport r) => $"{ChineseNumbers.Month(r.Year, r.Month)}重点工作调度通报";

    private static IEnumerable<Block> Overview(DetachmentReport r)
    {
        if (r.Brigades.Length == 0)
        {
            yield return new Paragraph("支队暂无所属大队。");
            yield break;
        }

        var tasks = r.Brigades.Sum(b => b.TaskCount);
        var done = r.Brigades.Sum(b => b.Counts.Done);
        var red = r.Brigades.Sum(b => b.Counts.Red);
        var behind = r.Brigades.Where(b => b.TaskCount > 0 && b.Percent + 0.0005 < b.Expected).Select(b => b.Name).ToArray();
        yield return new Paragraph(
            $"截至{Figures.Date(r.AsOf)}，支队所属{r.Brigades.Length}个大队共有年度重点任务{tasks}项，已完成{done}项，" +
            $"严重滞后或逾期（红灯）{red}项；未按期填报的单位{r.Brigades.Sum(b => b.UnreportedUnits)}个，" +
            $"逾期未办结的督办{r.Brigades.Sum(b => b.OverdueInstructions)}件、整改{r.Brigades.Sum(b => b.OverdueRectifications)}项。");
        yield return new Paragraph(behind.Length == 0
            ? "各大队完成进度均不低于序时进度。"
            : $"完成进度慢于序时进度的大队：{string.Join("、", behind)}。");
    }

    private static IEnumerable<Block> Ranking(DetachmentReport r)
    {
        if (r.Brigades.Length == 0)
        {
            yield break;
        }

        yield return new Table(
            "各大队完成进度排名",
            ["排名", "大队", "任务", "完成进度", "序时进度", "差值（百分点）", "红灯", "未填报单位", "逾期督办", "逾期整改"],
            r.Brigades.Select(b => new[]
            {
                $"{b.Rank}", b.Name, $"{b.TaskCount}", Figures.Percent(b.Percent), Figures.Percent(b.Expected),
                Figures.SignedPoints(b.Percent - b.Expected), $"{b.Counts.Red}", $"{b.UnreportedUnits}",
                $"{b.OverdueInstructions}", $"{b.OverdueRectifications}",
            }).ToArray());
        var charted = r.Brigades.Where(b => b.TaskCount > 0).ToArray();
        if (charted.Length > 0)
        {
            yield return new BarChart(
                "各大队完成进度与序时进度",
                [.. charted.Select(b => new ChartBar(b.Name, b.Percent, b.Expected, StatusThresholds.Default.OfRollup(b.Percent, b.Expected - b.Percent, b.TaskCount)))],
                "完成进度", "序时进度");
        }
    }

    private static IEnumerable<Block> RedLists(DetachmentReport r)
    {
        var withRed = r.Brigades.Where(b => b.Counts.Red > 0).ToArray();
        if (withRed.Length == 0)
        {
            yield return new Paragraph("本月各大队无红灯任务。");
            yield break;
        }

        foreach (var b in withRed)
        {
            yield return new Heading(2, $"{b.Name}（{b.Counts.Red}项）");
            var shown = Capped<DetachmentRedTask>.Of(b.Red, RedShown);
            yield return new Table(
                null,
                ["任务编号", "任务名称", "责任单位", "完成进度", "序时进度"],
                [.. shown.Shown.Select(t => new[] { t.Code, t.Title, t.UnitName, Figures.Percent(t.Percent), Figures.Percent(t.Expected) })]);
            var rest = b.Counts.Red - shown.Shown.Length;
            if (rest > 0)
            {
                yield return new Paragraph($"另有红灯任务{rest}项，详见该大队月度调度报告。");
            }
        }

        yield return new Paragraph("请红灯任务所在大队对照序时进度逐项分析原因，明确补救措施和完成时限，下月调度时报告进展。");
    }

    private static IEnumerable<Block> Instructions(DetachmentReport r)
    {
        if (r.Instructions.Length == 0)
        {
            yield return new Paragraph("本月无督办事项。");
            yield break;
        }

        var open = r.Instructions.Count(i => i.Status != Grains.Abstractions.Supervision.InstructionStatus.Closed);
        var overdue = r.Instructions.Count(i => i.Status == Grains.Abstractions.Supervision.InstructionStatus.Overdue);
        yield return new Paragraph(
            $"本月支队督办事项{r.Instructions.Length}件，其中已办结{r.Instructions.Length - open}件，正在办理{open - overdue}件，逾期未办结{overdue}件。");
        yield return new Table(
            "支队督办事项办理情况",
            ["大队", "督办事项", "下发日期", "办理期限", "办理情况"],
            [.. r.Instructions.Select(i => new[]
            {
                i.BrigadeName, i.Text, ChineseNumbers.Date(i.IssuedOn), ChineseNumbers.Date(i.DueDate),
                SupervisionText.StatusName(i.Status) + (i.ClosedOn is { } closed ? $"（{Figures.Date(closed)}）" : ""),
            })]);
    }
}
