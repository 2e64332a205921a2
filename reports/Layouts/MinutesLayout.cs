namespace Responsibility.Reports.Layouts;

using System.Globalization;
using Responsibility.Grains.Abstractions.Supervision;
using Responsibility.Grains.Abstractions.Text;
using Responsibility.Reports.Document;

/// <summary>
/// Lays out a 会议纪要 in the reports' 公文 frame: who met and what they heard, the topics, then each decision with its
/// units, supervising leader and deadline, and who attended.
/// </summary>
public static class MinutesLayout
{
    public static ReportDocument Build(MeetingMinutes m)
    {
        var body = new List<Block> { new Paragraph(Opening(m)) };
        if (m.Topics.Length > 0)
        {
            body.Add(new Heading(1, "会议议题"));
            body.AddRange(m.Topics.Select(t => new Paragraph("", RunIn: t, RunInLevel: 3)));
        }

        body.Add(new Heading(1, "议定事项"));
        if (m.Decisions.Length == 0)
        {
            body.Add(new Paragraph("本次会议未形成议定事项。"));
        }

        body.AddRange(m.Decisions.Select(d => new Paragraph(
            $"{Sentence(d.Text)}督办领导：{d.LeaderName}；完成时限：{ChineseNumbers.Date(d.DueDate)}前。",
            RunIn: $"由{string.Join("、", d.UnitNames)}负责", RunInLevel: 2)));
        body.Add(new NameList("主持", [m.Chair]));
        if (m.Attendees.Length > 0)
        {
            body.Add(new NameList("参会人员", m.Attendees));
        }

        return new ReportDocument(
            [.. Titles.Issuer(m.Header), Title(m)], DocumentNumber: null, Signer: null, Recipient: null, body, m.Header.PartyOrgName, m.Date);
    }

    public static string FileName(MeetingMinutes m) => m.Header.BrigadeName + Title(m);

    private static string Opening(MeetingMinutes m)
    {
        var heard = Month(m.ReportMonth) is { } month
            ? $"听取了《{MonthlyReportLayout.Title(month.Year, month.Month)}》，"
            : "";
        return $"{ChineseNumbers.Date(m.Date)}，{m.Chair}主持召开{m.Title}，{heard}研究部署下一阶段重点工作。现将会议议定事项纪要如下：";
    }

    private static string Title(MeetingMinutes m) => m.Title.EndsWith("纪要", StringComparison.Ordinal) ? m.Title : m.Title + "纪要";

    /// <summary>The decision's text as a sentence: a closing mark of its own, or "。".</summary>
    private static string Sentence(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length > 0 && "。！？；".Contains(trimmed[^1]) ? trimmed : trimmed + "。";
    }

    private static DateOnly? Month(string? key) =>
        DateOnly.TryParseExact(key + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first) ? first : null;
}
