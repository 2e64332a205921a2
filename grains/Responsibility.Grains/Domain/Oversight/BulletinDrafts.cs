namespace Responsibility.Grains.Domain.Oversight;

using System.Globalization;
using Responsibility.Grains.Abstractions.Inbox;
using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Oversight;
using Responsibility.Grains.Abstractions.Tasks;
using Responsibility.Grains.Abstractions.Text;
using Responsibility.Grains.Domain.Inbox;

/// <summary>What a 表扬 or 批评 is written from: the brigade's tasks judged today, the reporting cycle last due, its 整改 items.</summary>
public sealed record BulletinFacts(
    BrigadeInfo Brigade,
    DateOnly Today,
    TimeZoneInfo Zone,
    ReportingPeriod Period,
    IReadOnlyList<JudgedTask> Tasks,
    IReadOnlyList<Rectification> Rectifications);

/// <summary>A 通报 as written from the data, before anyone edits it: its title, its body and the units it names.</summary>
public sealed record BulletinText(string Title, string Body, string[] UnitIds);

/// <summary>
/// Writes the three kinds of 通报 from the records, naming units and leaders as the brigade names them and inventing
/// nothing. The body is plain text, one paragraph per block separated by blank lines; a paragraph "一、…" or "（一）…" is a
/// heading. 情况通报: 情况 → 问题 → 要求; 表扬: 事迹 → 评价 → 决定; 批评: 事实 → 定性 → 要求.
/// </summary>
public static class BulletinDrafts
{
    public static BulletinText Situation(Inspection inspection, IReadOnlyList<Rectification> findings, BrigadeInfo brigade)
    {
        var kind = InspectionText.KindName(inspection.Kind);
        var units = inspection.UnitIds.Select(u => Unit(brigade, u)).ToArray();
        var inspectors = inspection.InspectorIds.Select(l => Leader(brigade, l)).ToArray();
        var items = findings.OrderBy(f => Order(inspection, f)).ToList();
        var blocks = new List<string>
        {
            $"{ChineseNumbers.Date(inspection.Date)}，{(inspectors.Length > 0 ? string.Join("、", inspectors) + "带队" : "大队")}"
                + $"对{(units.Length > 0 ? string.Join("、", units) : "有关单位")}开展了{kind}（{inspection.Title}）。现将有关情况通报如下：",
            "一、基本情况",
            Sentence(inspection.Summary) is { Length: > 0 } summary ? summary : $"本次{kind}已按计划完成。",
        };
        var repeats = items.Count(f => f.RepeatOf is not null);
        var serious = items.Count(f => f.Severity == Severity.High);
        blocks.Add(items.Count == 0
            ? "本次检查未发现问题。"
            : $"本次检查共发现问题{items.Count}个，涉及{items.Select(f => f.UnitId).Distinct().Count()}个单位"
                + (serious > 0 ? $"，其中严重问题{serious}个" : "") + (repeats > 0 ? $"，重复发生问题{repeats}个" : "") + "。");
        if (items.Count > 0)
        {
            blocks.Add("二、存在的问题");
            foreach (var unit in items.GroupBy(f => f.UnitId))
            {
                blocks.Add($"（{ChineseNumbers.Of(blocks.Count(b => b.StartsWith('（')) + 1)}）{Unit(brigade, unit.Key)}");
                blocks.AddRange(unit.Select((f, i) => $"{i + 1}. {Finding(f)}"));
            }

            blocks.Add("三、整改要求");
            foreach (var f in items.OrderBy(f => f.Due).ThenBy(f => Order(inspection, f)))
            {
                blocks.Add($"{Unit(brigade, f.UnitId)}对“{Clause(f.Problem)}”问题于{ChineseNumbers.Date(f.Due)}前整改到位，"
                    + $"责任领导{Leader(brigade, f.LeaderId)}。整改措施：{Sentence(f.Measures)}");
            }

            blocks.Add("各责任单位要对照问题清单、任务清单、责任清单逐项整改，整改完成后及时报送整改情况及佐证材料，经检查验收后销号；"
                + "逾期未完成的，按原定时限纳入考核。");
        }

        return new BulletinText(
            $"关于{inspection.Date.Year}年{inspection.Date.Month}月{kind}情况的通报", Join(blocks),
            [.. items.Select(f => f.UnitId).Concat(inspection.UnitIds).Distinct()]);
    }

    /// <summary>Units whose owed reports of the cycle are all in, with no Red task and every 整改 item closed on time.</summary>
    public static BulletinText Commendation(BulletinFacts facts)
    {
        var named = new List<(UnitDefinition Unit, int Reported, int Closed)>();
        var unreported = Reporting.Unreported(facts.Tasks, facts.Period, facts.Today).ToList();
        foreach (var unit in facts.Brigade.Units)
        {
            var owed = facts.Tasks.Count(t => t.Definition.UnitId == unit.Id && Owes(t, facts));
            var items = facts.Rectifications.Where(r => r.UnitId == unit.Id).ToList();
            if (owed == 0
                || unreported.Any(t => t.Definition.UnitId == unit.Id)
                || facts.Tasks.Any(t => t.Definition.UnitId == unit.Id && t.Progress.Status == ProgressStatus.Red)
                || items.Any(r => r.IsOverdue(facts.Today) || (r.ClosedAt is { } closed && Day(closed, facts.Zone) > r.Due)))
            {
                continue;
            }

            named.Add((unit, owed, items.Count(r => r.State == RectificationState.Closed)));
        }

        var cycle = Cycle(facts.Period);
        var blocks = new List<string>
        {
            $"为表扬先进、激励担当，大队对照{cycle}任务填报、工作进度和问题整改情况进行了梳理。现将有关情况通报如下：",
            "一、先进事迹",
        };
        if (named.Count == 0)
        {
            blocks.Add($"经梳理，{cycle}暂无同时符合按时填报、无红灯任务、整改按期销号条件的单位。");
        }

        foreach (var (n, (unit, reported, closed)) in named.Select((x, i) => (i + 1, x)))
        {
            blocks.Add($"（{ChineseNumbers.Of(n)}）{unit.Name}");
            blocks.Add($"{cycle}应填报的{reported}项任务全部按时填报，无红灯任务" + (closed > 0 ? $"，{closed}个整改问题均按期完成并销号" : "") + "。");
        }

        blocks.Add("二、评价");
        blocks.Add(named.Count == 0
            ? "各单位要对照要求查找差距，确保任务按时填报、进度达到序时要求、整改按期销号。"
            : $"{Names(named.Select(x => x.Unit.Name))}责任落实到位，任务推进扎实，问题整改及时，体现了较强的责任意识和执行力。");
        blocks.Add("三、表扬决定");
        blocks.Add(named.Count == 0
            ? "本期不作表扬决定。"
            : $"经研究，决定对{Names(named.Select(x => x.Unit.Name))}予以通报表扬。希望受表扬的单位珍惜荣誉、再接再厉；各单位要以先进为榜样，抓好各项工作落实。");
        return new BulletinText($"关于{cycle}工作先进单位的通报表扬", Join(blocks), [.. named.Select(x => x.Unit.Id)]);
    }

    /// <summary>Units with an overdue 整改 item, an unreported task of the cycle or a Red task, each fact named.</summary>
    public static BulletinText Criticism(BulletinFacts facts)
    {
        var unreported = Reporting.Unreported(facts.Tasks, facts.Period, facts.Today).ToList();
        var cycle = Cycle(facts.Period);
        var named = new List<(UnitDefinition Unit, List<string> Facts)>();
        foreach (var unit in facts.Brigade.Units)
        {
            var found = new List<string>();
            found.AddRange(facts.Rectifications.Where(r => r.UnitId == unit.Id && r.IsOverdue(facts.Today)).OrderBy(r => r.Due).Select(r =>
                $"整改逾期：“{Clause(r.Problem)}”问题应于{ChineseNumbers.Date(r.Due)}前整改到位，至今已逾期{facts.Today.DayNumber - r.Due.DayNumber}天未销号"));
            found.AddRange(unreported.Where(t => t.Definition.UnitId == unit.Id).Select(t =>
                $"未按时填报：{t.Definition.Code}“{t.Definition.Title}”{cycle}进度未填报"));
            found.AddRange(facts.Tasks.Where(t => t.Definition.UnitId == unit.Id && t.Progress.Status == ProgressStatus.Red)
                .OrderBy(t => t.Definition.Code, StringComparer.Ordinal).Select(t =>
                $"进度滞后（红灯）：{t.Definition.Code}“{t.Definition.Title}”完成{ChineseNumbers.Level(t.Progress.Percent)}，序时进度{ChineseNumbers.Level(t.Progress.Expected)}"));
            if (found.Count > 0)
            {
                named.Add((unit, found));
            }
        }

        var blocks = new List<string>
        {
            $"大队对照{cycle}任务填报、工作进度和问题整改情况进行了梳理，截至{ChineseNumbers.Date(facts.Today)}，部分单位存在以下问题。现通报如下：",
            "一、存在的问题",
        };
        if (named.Count == 0)
        {
            blocks.Add("经梳理，截至通报之日未发现整改逾期、未按时填报或进度红灯的单位。");
        }

        foreach (var (n, (unit, found)) in named.Select((x, i) => (i + 1, x)))
        {
            blocks.Add($"（{ChineseNumbers.Of(n)}）{unit.Name}");
            blocks.AddRange(found.Select((f, i) => $"{i + 1}. {f}。"));
        }

        blocks.Add("二、问题定性");
        blocks.Add(named.Count == 0
            ? "各单位总体能够按要求推进工作。"
            : $"上述问题反映出{Names(named.Select(x => x.Unit.Name))}落实“一岗双责”不到位，抓工作推进和问题整改不及时、不扎实，予以通报批评。");
        blocks.Add("三、工作要求");
        foreach (var (unit, found) in named)
        {
            var leaders = facts.Brigade.Leaders.Where(l => l.UnitIds.Contains(unit.Id)).Select(l => l.Name).ToArray();
            var asks = new[] { ("整改逾期", "逾期问题限期销号"), ("未按时填报", "未填报任务及时补报"), ("进度滞后", "滞后任务制定赶进措施") }
                .Where(a => found.Exists(f => f.StartsWith(a.Item1, StringComparison.Ordinal))).Select(a => a.Item2);
            blocks.Add($"{unit.Name}要认真剖析原因，{string.Join("、", asks)}"
                + (leaders.Length > 0 ? $"，分管领导{string.Join("、", leaders)}要加强督促" : "") + "。");
        }

        blocks.Add("各单位要引以为戒，举一反三，对照任务清单和整改台账逐项自查，确保各项工作按时限、高质量完成。");
        return new BulletinText($"关于{cycle}工作落实不力单位的通报批评", Join(blocks), [.. named.Select(x => x.Unit.Id)]);
    }

    /// <summary>The cycle a 表扬 or 批评 judges: the one containing today once its due day has passed, else the one before.</summary>
    public static ReportingPeriod JudgedPeriod(BrigadeSettings settings, DateOnly today)
    {
        var current = ReportingPeriods.Containing(settings, today);
        return today > current.Due ? current : ReportingPeriods.Containing(settings, current.Start.AddDays(-1));
    }

    private static string Finding(Rectification f)
    {
        var text = $"{Clause(f.Category)}方面：{Clause(f.Problem)}（{InspectionText.SeverityName(f.Severity)}）";
        if (!string.IsNullOrWhiteSpace(f.Person))
        {
            text += $"，涉及人员{f.Person.Trim()}";
        }

        if (!string.IsNullOrWhiteSpace(f.Basis))
        {
            text += $"，依据{Clause(f.Basis)}";
        }

        return text + (f.RepeatOf is not null ? "。该问题属重复发生。" : "。");
    }

    private static bool Owes(JudgedTask task, BulletinFacts facts) =>
        task.Definition.Metric.Kind != MetricKind.Milestone
        && task.Definition.Start <= facts.Today
        && task.Definition.Due >= facts.Period.Start
        && task.Progress.Status != ProgressStatus.Done;

    private static int Order(Inspection inspection, Rectification f)
    {
        var i = Array.FindIndex(inspection.Findings, r => r.RectificationId == f.Id);
        return i < 0 ? int.MaxValue : i;
    }

    private static string Cycle(ReportingPeriod period) =>
        period.Key.Contains('Q', StringComparison.Ordinal)
            ? $"{period.Start.Year}年第{ChineseNumbers.Of(((period.Start.Month - 1) / 3) + 1)}季度"
            : ChineseNumbers.Month(period.Start.Year, period.Start.Month);

    private static DateOnly Day(DateTimeOffset at, TimeZoneInfo zone) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime);

    private static string Unit(BrigadeInfo brigade, string unitId) => Array.Find(brigade.Units, u => u.Id == unitId)?.Name ?? unitId;

    private static string Leader(BrigadeInfo brigade, string leaderId) => Array.Find(brigade.Leaders, l => l.Id == leaderId)?.Name ?? leaderId;

    private static string Names(IEnumerable<string> names) => string.Join("、", names);

    private static string Join(IEnumerable<string> blocks) => string.Join("\n\n", blocks);

    /// <summary>Text as a clause: trimmed, without its closing mark.</summary>
    private static string Clause(string text) => text.Trim().TrimEnd('。', '；', ';', '，', ',', '.');

    /// <summary>Text as a sentence: trimmed, ending in a closing mark; empty when it says nothing.</summary>
    private static string Sentence(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length == 0 || "。！？".Contains(trimmed[^1], StringComparison.Ordinal) ? trimmed : Clause(trimmed) + "。";
    }
}
