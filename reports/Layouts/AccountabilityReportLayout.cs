namespace Responsibility.Reports.Layouts;

using Responsibility.Grains.Abstractions.Appraisal;
using Responsibility.Reports.Document;

/// <summary>
/// Lays out a 述责述廉报告 in the reports' 公文 frame: the title and who reports, 一、履行主体责任和“一岗双责”情况,
/// 二、存在的问题, 三、下一步打算 as drafted or as the leader rewrote them, and 四、廉洁自律情况 only as the leader wrote it —
/// in a draft a line left for them to fill in, never words of the system's.
/// </summary>
public static class AccountabilityReportLayout
{
    /// <summary>What an unwritten 廉洁自律 part shows.</summary>
    public const string IntegrityPlaceholder = "（本部分由本人填写）";

    public static ReportDocument Build(AccountabilityReport r, string brigadeName, DateOnly date)
    {
        var s = r.Shown.Sections;
        var body = new List<Block> { new NameList("述职人", [$"{brigadeName}{r.LeaderPost}　{r.LeaderName}"]) };
        body.Add(new Heading(1, "履行主体责任和“一岗双责”情况"));
        body.AddRange(Paragraphs(s.Performance, "（本部分未填写）"));
        body.Add(new Heading(1, "存在的问题"));
        body.AddRange(Paragraphs(s.Problems, "（本部分未填写）"));
        body.Add(new Heading(1, "下一步打算"));
        body.AddRange(Paragraphs(s.Plans, "（本部分未填写）"));
        body.Add(new Heading(1, "廉洁自律情况"));
        body.AddRange(Paragraphs(s.Integrity, IntegrityPlaceholder));
        return new ReportDocument([Title(r)], DocumentNumber: null, Signer: null, Recipient: null, body, r.LeaderName, date);
    }

    /// <summary>"2026年度述责述廉报告".</summary>
    public static string Title(AccountabilityReport r) => $"{r.Year}年度述责述廉报告";

    public static string FileName(AccountabilityReport r) => $"{r.LeaderName}{Title(r)}（第{r.Shown.Number}版）";

    private static IEnumerable<Block> Paragraphs(string text, string empty)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.Length == 0 ? [new Paragraph(empty)] : lines.Select(l => new Paragraph(l));
    }
}
