namespace Responsibility.Grains.Domain.Appraisal;

using Responsibility.Grains.Abstractions.Appraisal;
using Responsibility.Grains.Abstractions.Duties;
using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Oversight;
using Responsibility.Grains.Abstractions.Reports;
using Responsibility.Grains.Abstractions.Supervision;
using Responsibility.Grains.Abstractions.Tasks;
using Responsibility.Grains.Abstractions.Text;
using Responsibility.Grains.Domain.Reports;

/// <summary>
/// Drafts a leader's 述责述廉报告 from the record as it stood at the end of <c>asOf</c>: the tasks they supervise on both lines
/// (the reports' rollups), their 清单 and 履责纪实 (<see cref="DutyInputs"/>), the instructions they issued, the 整改 items of
/// their units (<see cref="OversightInputs"/>) and their 责任书. Problems are what the data shows (missed slots, Red tasks,
/// overdue 整改 and 督办); plans follow from what is open and what falls due next year. The 廉洁自律 part is left empty: only
/// the leader writes it. Each part is plain text, one paragraph per line.
/// </summary>
public static class AccountabilityDrafts
{
    /// <summary>How many dated records, tasks or slots a paragraph names before it counts the rest.</summary>
    public const int Examples = 3;

    /// <summary>A record's content is quoted up to this many characters.</summary>
    private const int Quote = 60;

    public static (AccountabilityFigures Figures, AccountabilitySections Sections) Compose(
        ReportContext context, LeaderDefinition leader, int year, DateOnly asOf)
    {
        var cut = ReportCalendar.EndOfDay(asOf, context.Zone);
        var judged = context.Judge(year, asOf);
        var line = context.LeaderLine(leader, judged);
        var held = context.Duties?.Leaders.GetValueOrDefault(leader.Id);
        var duties = context.Duties?.Of(leader.Id, new DateOnly(year, 1, 1), asOf)
            ?? new LeaderDuties(0, DutyCompletion.None, DutyCompletion.None, [], []);
        var issuedIds = (held?.Records ?? [])
            .Where(r => r.OccurredOn.Year == year)
            .SelectMany(r => r.Source == DutyRecordSource.Instruction && r.SourceId is { } id ? [id] : r.InstructionIds)
            .ToHashSet(StringComparer.Ordinal);
        var instructions = context.Instructions
            .Where(i => issuedIds.Contains(i.Definition.Id))
            .Select(i => i.AsOf(cut))
            .OfType<InstructionRecord>()
            .ToList();
        var closed = instructions.Where(i => i.IsClosed()).ToList();
        var rectifications = (context.Oversight?.Rectifications ?? [])
            .Where(r => r.LeaderId == leader.Id || leader.UnitIds.Contains(r.UnitId))
            .Select(r => r.AsOf(cut))
            .OfType<Rectification>()
            .Where(r => Day(r.OpenedAt, context.Zone).Year == year)
            .ToList();
        var own = context.Duties?.Pledges.FirstOrDefault(p => p.PartyB == DutyHolder.Leader(context.Brigade.Id, leader.Id));
        var figures = new AccountabilityFigures(
            line.Business, line.Accountability, duties.ItemCount, duties.Business, duties.Accountability, duties.Records.Length,
            instructions.Count, closed.Count, closed.Count(i => !i.LateAgainstOriginal(asOf, context.Zone)),
            rectifications.Count, rectifications.Count(r => r.State == RectificationState.Closed), rectifications.Count(r => r.IsOverdue(asOf)),
            own is null ? null : own.Signature is { } s && s.RecordedAt < cut);
        var red = judged
            .Where(t => t.Definition.LeaderId == leader.Id && t.Progress.Status == ProgressStatus.Red)
            .OrderByDescending(t => t.Progress.Lag)
            .ToList();
        var next = context.Judge(year + 1, asOf).Where(t => t.Definition.LeaderId == leader.Id).ToList();
        var pledges = leader.IsFirstResponsible ? context.Duties?.PledgesOf(leader.Id, cut) : null;
        var sections = new AccountabilitySections(
            Lines(Performance(context, leader, year, asOf, figures, duties, pledges)),
            Lines(Problems(duties, figures, red, instructions, asOf)),
            Lines(Plans(year, figures, duties, red, next, instructions, asOf)),
            "");
        return (figures, sections);
    }

    private static IEnumerable<string> Performance(
        ReportContext context, LeaderDefinition leader, int year, DateOnly asOf, AccountabilityFigures f, LeaderDuties duties, PledgeTally? pledges)
    {
        var period = Period(year, asOf);
        var units = leader.UnitIds.Select(context.UnitName).ToArray();
        yield return $"本人任{leader.Post}{(leader.IsFirstResponsible ? "，是党风廉政建设第一责任人" : "")}" +
            $"{(units.Length > 0 ? $"，分管{string.Join("、", units)}" : "")}。{period}，" +
            $"牵头业务工作任务{Tasks(f.Business)}；牵头党风廉政建设任务{Tasks(f.Accountability)}。";
        if (duties.ItemCount == 0)
        {
            yield return $"{year}年度责任清单未列本人履责事项。";
        }
        else
        {
            yield return $"责任清单列本人履责事项{duties.ItemCount}项：业务工作{Slots(f.BusinessDuties)}；党风廉政建设{Slots(f.AccountabilityDuties)}。";
        }

        if (duties.Records.Length == 0)
        {
            yield return $"{period}尚无履责纪实记录。";
        }
        else
        {
            var byKind = duties.Records
                .GroupBy(KindName)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => $"{g.Key}{g.Count()}次");
            var examples = duties.Records
                .OrderBy(r => r.Source == DutyRecordSource.Written ? 0 : 1).ThenBy(r => r.OccurredOn)
                .Take(Examples)
                .OrderBy(r => r.OccurredOn)
                .Select(r => $"{r.OccurredOn.Month}月{r.OccurredOn.Day}日，{KindName(r)}：{Quoted(r.Content)}");
            yield return $"{period}形成履责纪实{duties.Records.Length}条，其中{string.Join("、", byKind)}。主要有：{string.Join("；", examples)}。";
        }

        yield return f.InstructionsIssued == 0
            ? $"{period}未作出批示督办事项。"
            : $"作出批示、督办和整改要求{f.InstructionsIssued}件，已办结{f.InstructionsClosed}件，其中按期办结{f.InstructionsClosedOnTime}件。";
        yield return f.RectificationsOpened == 0
            ? "分管单位本年度未发现需整改的问题。"
            : $"督促分管单位整改问题{f.RectificationsOpened}个，已整改销号{f.RectificationsClosed}个" +
              $"{(f.RectificationsOverdue > 0 ? $"，逾期未销号{f.RectificationsOverdue}个" : "")}。";
        var own = f.PledgeSigned switch
        {
            true => $"已签订{year}年度党风廉政建设责任书",
            false => $"{year}年度党风廉政建设责任书尚未签订",
            null => null,
        };
        var given = pledges is { Total: > 0 } p ? $"与班子成员签订党风廉政建设责任书{p.Signed}份（应签{p.Total}份）" : null;
        if (new[] { own, given }.Where(x => x is not null).ToArray() is { Length: > 0 } parts)
        {
            yield return string.Join("，", parts) + "。";
        }
    }

    private static IEnumerable<string> Problems(
        LeaderDuties duties, AccountabilityFigures f, List<JudgedTask> red, List<InstructionRecord> instructions, DateOnly asOf)
    {
        var any = false;
        if (duties.Missed.Length > 0)
        {
            any = true;
            var named = duties.Missed.Take(Examples).Select(m => $"“{m.Title}”（{m.Period}）");
            yield return $"履责不够及时。责任清单中{string.Join("、", named)}{(duties.Missed.Length > Examples ? "等" : "")}" +
                $"共{duties.Missed.Length}项次未按时履责。";
        }

        if (red.Count > 0)
        {
            any = true;
            var named = red.Take(Examples).Select(t => $"“{t.Definition.Title}”（完成{ChineseNumbers.Percent(t.Progress.Percent)}，序时进度{ChineseNumbers.Percent(t.Progress.Expected)}）");
            yield return $"牵头任务推进不平衡。{string.Join("、", named)}{(red.Count > Examples ? "等" : "")}共{red.Count}项任务进度滞后（红灯）。";
        }

        var lateInstructions = instructions.Count(i => !i.IsClosed() && i.Status(asOf) == InstructionStatus.Overdue);
        if (f.RectificationsOverdue > 0 || lateInstructions > 0)
        {
            any = true;
            var parts = new List<string>();
            if (f.RectificationsOverdue > 0)
            {
                parts.Add($"分管单位{f.RectificationsOverdue}个整改问题逾期未销号");
            }

            if (lateInstructions > 0)
            {
                parts.Add($"{lateInstructions}件批示督办事项逾期未办结");
            }

            yield return $"督促整改跟踪问效不够到位，{string.Join("，", parts)}。";
        }

        if (!any)
        {
            yield return "对照责任清单和年度任务，本人履责事项均按时完成、牵头任务无滞后，但对标更高要求，抓早抓小、经常性督促检查的力度仍需加强。";
        }
    }

    private static IEnumerable<string> Plans(
        int year, AccountabilityFigures f, LeaderDuties duties, List<JudgedTask> red, List<JudgedTask> next, List<InstructionRecord> instructions,
        DateOnly asOf)
    {
        yield return "持续落实“一岗双责”，坚持业务工作与党风廉政建设同部署、同落实、同检查、同考核。";
        if (next.Count > 0)
        {
            var named = next.OrderBy(t => t.Definition.Due).Take(Examples).Select(t => $"“{t.Definition.Title}”");
            yield return $"{year + 1}年牵头任务{next.Count}项，重点抓好{string.Join("、", named)}{(next.Count > Examples ? "等" : "")}，按序时进度推进。";
        }

        if (red.Count > 0)
        {
            yield return $"对进度滞后的{red.Count}项任务逐项分析原因，明确追赶措施和时限。";
        }

        var open = instructions.Count(i => !i.IsClosed());
        var openRectifications = f.RectificationsOpened - f.RectificationsClosed;
        if (open > 0 || openRectifications > 0)
        {
            var parts = new List<string>();
            if (open > 0)
            {
                parts.Add($"尚未办结的{open}件批示督办事项");
            }

            if (openRectifications > 0)
            {
                parts.Add($"分管单位尚未销号的{openRectifications}个整改问题");
            }

            yield return $"对{string.Join("和", parts)}跟踪问效，确保按期办结、销号。";
        }

        if (duties.Missed.Length > 0 || duties.ItemCount > 0)
        {
            yield return "严格按照责任清单的频次和时限履责，一事一记、留存佐证。";
        }
    }

    /// <summary>"12项，已完成5项，总体完成进度45.0%（序时进度50.0%），滞后（红灯）2项"; "0项" when none.</summary>
    private static string Tasks(Abstractions.Rollups.Rollup r) => r.TaskCount == 0
        ? "0项"
        : $"{r.TaskCount}项，已完成{r.Counts.Done}项，总体完成进度{ChineseNumbers.Percent(r.Percent)}（序时进度{ChineseNumbers.Percent(r.Expected)}）" +
          (r.Counts.Red > 0 ? $"，滞后（红灯）{r.Counts.Red}项" : "，无滞后任务");

    private static string Slots(DutyCompletion c) => c.Due == 0
        ? "尚未到履责时间"
        : $"应履责{c.Due}项次，已履责{c.Recorded}项次，未履责{c.Missed}项次";

    private static string KindName(DutyRecordLine r) => DutyText.RecordName(r.Kind, r.Source);

    /// <summary>A record's content on one line, cut to <see cref="Quote"/> characters.</summary>
    private static string Quoted(string content)
    {
        var flat = string.Join(" ", content.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .TrimEnd('。', '；', ';');
        return flat.Length <= Quote ? flat : flat[..Quote] + "……";
    }

    /// <summary>"全年" once the year is over; "截至9月30日" during it.</summary>
    private static string Period(int year, DateOnly asOf) =>
        asOf >= new DateOnly(year, 12, 31) ? $"{year}年全年" : $"{year}年截至{asOf.Month}月{asOf.Day}日";

    private static string Lines(IEnumerable<string> paragraphs) => string.Join("\n", paragraphs);

    private static DateOnly Day(DateTimeOffset at, TimeZoneInfo zone) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime);
}
