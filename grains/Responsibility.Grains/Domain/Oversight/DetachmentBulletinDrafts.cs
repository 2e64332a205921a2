namespace Responsibility.Grains.Domain.Oversight;

using Responsibility.Grains.Abstractions.Detachments;
using Responsibility.Grains.Abstractions.Oversight;
using Responsibility.Grains.Abstractions.Supervision;
using Responsibility.Grains.Abstractions.Text;

/// <summary>
/// What a 支队's 通报 is written from: its brigades' figures today (the dashboard rows) and its own 督办 with where each
/// stands.
/// </summary>
public sealed record DetachmentBulletinFacts(DetachmentInfo Detachment, DateOnly Today, DetachmentDashboardRow[] Rows, IReadOnlyList<InstructionView> Instructions)
{
    /// <summary>The detachment's 督办 to the brigade past due and not closed today.</summary>
    public int OverdueInstructions(string brigadeId) =>
        Instructions.Count(v => v.Record.Definition.BrigadeId == brigadeId && v.Status == InstructionStatus.Overdue);
}

/// <summary>
/// Writes a 支队's 通报 as a brigade's is written (<see cref="BulletinDrafts"/>: plain text, "一、" headings), naming brigades
/// instead of units and inventing nothing: 批评 the brigades with Red tasks, overdue 督办 or overdue 整改; 表扬 the best-ranked
/// of those with none (by the 考核 rank, else by completion); 情况 every brigade's figures.
/// </summary>
public static class DetachmentBulletinDrafts
{
    public static BulletinText Draft(BulletinKind kind, DetachmentBulletinFacts facts) => kind switch
    {
        BulletinKind.Commendation => Commendation(facts),
        BulletinKind.Criticism => Criticism(facts),
        _ => Situation(facts),
    };

    public static BulletinText Situation(DetachmentBulletinFacts facts)
    {
        var blocks = new List<string>
        {
            $"截至{ChineseNumbers.Date(facts.Today)}，支队对所属{facts.Rows.Length}个大队“一岗双责”任务推进、督办落实和问题整改情况进行了梳理。现将有关情况通报如下：",
            "一、总体情况",
        };
        if (facts.Rows.Length == 0)
        {
            blocks.Add("支队暂无所属大队。");
        }

        foreach (var (n, row) in facts.Rows.Select((r, i) => (i + 1, r)))
        {
            blocks.Add($"（{ChineseNumbers.Of(n)}）{row.Name}");
            blocks.Add(Figures(row, facts) + "。");
        }

        blocks.Add("二、工作要求");
        blocks.Add("各大队要对照任务清单和整改台账逐项推进，按时答复支队督办事项，确保各项工作按时限、高质量完成。");
        return new BulletinText($"关于{facts.Today.Year}年{facts.Today.Month}月各大队工作推进情况的通报", Join(blocks), [.. facts.Rows.Select(r => r.BrigadeId)]);
    }

    public static BulletinText Criticism(DetachmentBulletinFacts facts)
    {
        var named = new List<(DetachmentDashboardRow Row, List<string> Facts)>();
        foreach (var row in facts.Rows)
        {
            var found = new List<string>();
            if (row.Counts.Red > 0)
            {
                found.Add($"进度滞后（红灯）任务{row.Counts.Red}项，总体完成{ChineseNumbers.Level(row.Percent)}，序时进度{ChineseNumbers.Level(row.Expected)}");
            }

            if (facts.OverdueInstructions(row.BrigadeId) is var own and > 0)
            {
                found.Add($"支队督办事项逾期未办结{own}件");
            }

            if (row.OverdueRectifications > 0)
            {
                found.Add($"整改问题逾期未销号{row.OverdueRectifications}个");
            }

            if (found.Count > 0)
            {
                named.Add((row, found));
            }
        }

        var blocks = new List<string>
        {
            $"支队对所属大队任务推进、督办落实和问题整改情况进行了梳理，截至{ChineseNumbers.Date(facts.Today)}，部分大队存在以下问题。现通报如下：",
            "一、存在的问题",
        };
        if (named.Count == 0)
        {
            blocks.Add("经梳理，截至通报之日未发现进度红灯、督办逾期或整改逾期的大队。");
        }

        foreach (var (n, (row, found)) in named.Select((x, i) => (i + 1, x)))
        {
            blocks.Add($"（{ChineseNumbers.Of(n)}）{row.Name}");
            blocks.AddRange(found.Select((f, i) => $"{i + 1}. {f}。"));
        }

        blocks.Add("二、问题定性");
        blocks.Add(named.Count == 0
            ? "各大队总体能够按要求推进工作。"
            : $"上述问题反映出{Names(named.Select(x => x.Row.Name))}落实“一岗双责”不到位，抓工作推进和督办整改不及时、不扎实，予以通报批评。");
        blocks.Add("三、工作要求");
        blocks.AddRange(named.Select(x => $"{x.Row.Name}要认真剖析原因，逐项制定措施，限期整改到位，并将整改情况报支队。"));
        blocks.Add("各大队要引以为戒，举一反三，确保各项工作按时限、高质量完成。");
        return new BulletinText($"关于{facts.Today.Year}年{facts.Today.Month}月工作落实不力大队的通报批评", Join(blocks), [.. named.Select(x => x.Row.BrigadeId)]);
    }

    public static BulletinText Commendation(DetachmentBulletinFacts facts)
    {
        var clean = facts.Rows
            .Where(r => r.TaskCount > 0 && r.Counts.Red == 0 && r.OverdueRectifications == 0 && r.OverdueInstructions == 0
                && facts.OverdueInstructions(r.BrigadeId) == 0)
            .ToList();
        var ranked = clean.Where(r => r.Rank is not null).ToList();
        var best = ranked.Count > 0
            ? ranked.Where(r => r.Rank == ranked.Min(x => x.Rank)).ToList()
            : clean.Where(r => clean.Max(x => x.Percent) - r.Percent < 1e-9).ToList();
        var blocks = new List<string>
        {
            $"为表扬先进、激励担当，支队对照所属大队任务推进、督办落实和问题整改情况进行了梳理。现将有关情况通报如下：",
            "一、先进事迹",
        };
        if (best.Count == 0)
        {
            blocks.Add("经梳理，本期暂无同时符合无红灯任务、无逾期督办、无逾期整改条件的大队。");
        }

        foreach (var (n, row) in best.Select((r, i) => (i + 1, r)))
        {
            blocks.Add($"（{ChineseNumbers.Of(n)}）{row.Name}");
            blocks.Add(Figures(row, facts) + (row.Rank is { } rank ? $"，考核排名第{rank}" : "") + "，无红灯任务，无逾期督办和整改事项。");
        }

        blocks.Add("二、表扬决定");
        blocks.Add(best.Count == 0
            ? "本期不作表扬决定。"
            : $"经研究，决定对{Names(best.Select(r => r.Name))}予以通报表扬。希望受表扬的大队再接再厉；各大队要以先进为榜样，抓好各项工作落实。");
        return new BulletinText($"关于{facts.Today.Year}年{facts.Today.Month}月工作先进大队的通报表扬", Join(blocks), [.. best.Select(r => r.BrigadeId)]);
    }

    private static string Figures(DetachmentDashboardRow row, DetachmentBulletinFacts facts) =>
        $"任务{row.TaskCount}项，总体完成{ChineseNumbers.Level(row.Percent)}（序时进度{ChineseNumbers.Level(row.Expected)}），"
        + $"已完成{row.Counts.Done}项、红灯{row.Counts.Red}项，支队督办逾期{facts.OverdueInstructions(row.BrigadeId)}件，整改逾期{row.OverdueRectifications}个";

    private static string Names(IEnumerable<string> names) => string.Join("、", names);

    private static string Join(IEnumerable<string> blocks) => string.Join("\n\n", blocks);
}
