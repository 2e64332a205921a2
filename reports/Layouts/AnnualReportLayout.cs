namespace Responsibility.Reports.Layouts;

using Responsibility.Grains.Abstractions.Reports;
using Responsibility.Reports.Document;

/// <summary>Lays out the 法治政府建设工作情况报告 draft in the four parts and the frame of the seed report.</summary>
public static class AnnualReportLayout
{
    public static ReportDocument Build(AnnualReport r, DateOnly issuedOn, string? documentNumber, string? signer)
    {
        var body = new List<Block>
        {
            new Paragraph($"现将{r.Year}年度法治政府建设情况报告如下："),
            new Heading(1, "推进法治政府建设的主要举措和成效"),
        };
        body.AddRange(AnnualSections.Achievements(r));
        body.Add(new Heading(1, "党政主要负责人履行推进法治建设第一责任人职责情况"));
        body.AddRange(AnnualSections.FirstResponsible(r));
        body.Add(new Heading(1, "推进法治政府建设存在的不足和原因"));
        body.AddRange(AnnualSections.Shortcomings(r));
        body.Add(new Heading(1, $"{r.Year + 1}年推进法治政府建设的主要安排"));
        body.AddRange(AnnualSections.NextYear(r));
        body.Add(new Paragraph("特此报告。"));
        return new ReportDocument(
            [.. Titles.Issuer(r.Header), $"关于{r.Year}年法治政府建设工作情况的报告"],
            documentNumber, signer ?? r.Header.FirstResponsibleName,
            r.Header.Recipient is { Length: > 0 } to ? to.TrimEnd('：', ':') + "：" : null,
            body, r.Header.PartyOrgName, issuedOn);
    }

    public static string FileName(AnnualReport r) => $"{r.Header.BrigadeName}关于{r.Year}年法治政府建设工作情况的报告";
}
