namespace Responsibility.Reports.Layouts;

using Responsibility.Grains.Abstractions.Reports;
using Responsibility.Grains.Abstractions.Supervision;
using Responsibility.Grains.Abstractions.Text;
using Responsibility.Reports.Document;

/// <summary>
/// 六、领导批示落实情况: the instructions in play during the month, then 上次例会议定事项落实情况 — each list cut to what a
/// meeting can read, with the rest counted.
/// </summary>
internal static class InstructionSection
{
    public const string Nothing = "本月无领导批示督办事项。";

    public static IEnumerable<Block> Build(MonthlyReport r)
    {
        // Snapshots stored before instructions existed have none: the section says what it said then.
        if (r.Instructions is not { } instructions || (instructions.Length == 0 && r.PreviousMeeting is null))
        {
            return [new Paragraph(Nothing)];
        }

        var asOf = $"截至{Figures.Date(r.SupervisionAsOf ?? r.AsOf)}";
        return
        [
            new Heading(2, "领导批示督办事项办理情况"), .. Instructions(instructions, r.Year, r.Month, asOf),
            new Heading(2, "上次例会议定事项落实情况"), .. PreviousMeeting(r.PreviousMeeting, asOf),
        ];
    }

    private static IEnumerable<Block> Instructions(InstructionLine[] lines, int year, int month, string asOf)
    {
        if (lines.Length == 0)
        {
            yield return new Paragraph("本月无在办的领导批示督办事项。");
            yield break;
        }

        var issued = lines.Count(l => l.IssuedOn.Year == year && l.IssuedOn.Month == month);
        var earlier = lines.Length - issued;
        var origin = earlier == 0 ? $"本月交办领导批示督办事项{issued}项"
            : issued == 0 ? $"此前交办、本月仍在办理的领导批示督办事项{earlier}项"
            : $"本月交办领导批示督办事项{issued}项，此前交办、本月仍在办理{earlier}项";
        yield return new Paragraph($"{origin}，{asOf}，{Counts(lines)}。");
        var list = Capped<InstructionLine>.Of([.. lines.Where(l => !l.Withheld)]);
        foreach (var i in list.Shown)
        {
            var source = i.MeetingDate is { } met ? $"{Figures.Date(met)}例会议定" : $"{i.AuthorName}{Figures.Date(i.IssuedOn)}批示";
            yield return new Paragraph($"{source}：“{Quote(i.Text)}”，{Due(i)}。{State(i)}", RunIn: Subject(i), RunInLevel: 3);
        }

        if (list.Rest > 0)
        {
            yield return new Paragraph($"另有{list.Rest}项批示督办事项，详见督办台账。");
        }

        foreach (var line in Notes.Withheld(lines.Count(l => l.Withheld), "项批示督办事项的批示内容和办理情况"))
        {
            yield return line;
        }
    }

    private static IEnumerable<Block> PreviousMeeting(MeetingLine? meeting, string asOf)
    {
        if (meeting is null)
        {
            yield return new Paragraph("尚无例会记录。");
            yield break;
        }

        var units = meeting.Decisions.SelectMany(d => d.Units).ToArray();
        yield return new Paragraph(meeting.Decisions.Length == 0
            ? $"{Figures.Date(meeting.Date)}召开的{meeting.Title}未形成议定事项。"
            : $"{Figures.Date(meeting.Date)}召开的{meeting.Title}形成议定事项{meeting.Decisions.Length}项，分解交办{units.Length}项，{asOf}，{Counts(units)}。");
        var list = Capped<DecisionLine>.Of(meeting.Decisions);
        foreach (var d in list.Shown)
        {
            var where = string.Join("、", d.Units.Select(u => $"{u.UnitName}{StatusWords(u)}"));
            yield return new Paragraph(
                $"督办领导{d.LeaderName}，完成时限{Figures.Date(d.DueDate)}。落实情况：{(where.Length > 0 ? where : "未交办单位")}。",
                RunIn: d.Withheld ? $"议定事项{d.Number}" : Quote(d.Text), RunInLevel: 3);
        }

        if (list.Rest > 0)
        {
            yield return new Paragraph($"另有{list.Rest}项议定事项，详见会议纪要和督办台账。");
        }

        foreach (var line in Notes.Withheld(list.Shown.Count(d => d.Withheld), "项议定事项的内容"))
        {
            yield return line;
        }
    }

    /// <summary>"已办结2项、已答复待办结1项、逾期未办结1项、正在办理1项", leaving out what is none.</summary>
    private static string Counts(InstructionLine[] lines)
    {
        var parts = new[] { InstructionStatus.Closed, InstructionStatus.Answered, InstructionStatus.Overdue, InstructionStatus.Open }
            .Select(s => (Name: SupervisionText.StatusName(s), Count: lines.Count(l => l.Status == s))).Where(s => s.Count > 0);
        // Extensions move the dates the statuses use; 逾期 statistics still count by the original ones.
        var extended = lines.Count(l => l.ExtensionCount > 0);
        var late = extended == 0 ? "" : $"；经批准延期{extended}项，按原定时限计逾期{lines.Count(l => l.LateAgainstOriginal)}项";
        return "其中" + string.Join("、", parts.Select(p => $"{p.Name}{p.Count}项")) + late;
    }

    private static string Subject(InstructionLine i) =>
        i.TaskCode is not null ? $"{i.UnitName} {i.TaskCode} {i.TaskTitle}" : i.UnitName;

    private static string Due(InstructionLine i) => (i.DueDate, i.OriginalDue) switch
    {
        ({ } d, { } original) when i.ExtensionCount > 0 => $"原限{Figures.Date(original)}前办结，经批准延期至{Figures.Date(d)}",
        ({ } d, _) => $"限{Figures.Date(d)}前办结",
        _ => "未设办理时限",
    };

    private static string State(InstructionLine i) => i.Status switch
    {
        InstructionStatus.Closed => "已办结。" + Answer(i),
        InstructionStatus.Answered => "已答复，待领导审核办结。" + Answer(i),
        InstructionStatus.Overdue when i.Answer is not null => "已答复，但逾期未办结，请督办领导跟进。" + Answer(i),
        InstructionStatus.Overdue => "已逾期，承办单位尚未答复，请督办领导督促。",
        _ => "正在办理，承办单位尚未答复。",
    };

    private static string StatusWords(InstructionLine i) => $"（{SupervisionText.StatusName(i.Status)}）";

    private static string Answer(InstructionLine i) =>
        Notes.Sentence(i.Answer, "办理情况：") + (i.AnswerEvidence > 0 ? $"附佐证材料{i.AnswerEvidence}份。" : "");

    private static string Quote(string text) => Notes.Summary(text) ?? text;
}
