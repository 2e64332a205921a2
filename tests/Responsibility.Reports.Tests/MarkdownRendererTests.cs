namespace Responsibility.Reports.Tests;

using Responsibility.Reports.Rendering;

public class MarkdownRendererTests
{
    private readonly string markdown = MarkdownRenderer.Render(SampleReport.Create());

    [Fact]
    public void TitleLinesAreTopLevelHeadingsAndHeadingsCarryTheirNumbering()
    {
        var lines = markdown.Split('\n').Select(l => l.TrimEnd()).ToList();

        Assert.Equal("# 中共淄博市公安局交通警察支队", lines[0]);
        Assert.Contains("## 一、" + SampleReport.FirstHeading, lines);
        Assert.Contains("## 二、" + SampleReport.SecondHeading, lines);
        Assert.Contains("### （三）" + SampleReport.SubHeading, lines);
        Assert.Contains($"**（一）{SampleReport.RunIn}**。{SampleReport.BodyText}", lines);
        Assert.True(
            lines.IndexOf("## 一、" + SampleReport.FirstHeading) < lines.IndexOf("## 二、" + SampleReport.SecondHeading));
    }

    [Fact]
    public void HeaderLinesAndClosingAreWrittenOut()
    {
        Assert.Contains("淄公交川政〔2023〕12号　　签发人：王立侠", markdown);
        Assert.Contains("区委、区政府：", markdown);
        Assert.EndsWith("淄川大队总支部委员会  \n2024年1月12日\n", markdown.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void TableAndChartBecomeGitHubTables()
    {
        var lines = markdown.Split('\n').Select(l => l.TrimEnd()).ToList();

        Assert.Contains("| 单位 | 任务数 | 已完成 | 完成率 |", lines);
        Assert.Contains($"| {SampleReport.UnitCell} | 12 | 11 | 91.7% |", lines);
        Assert.Contains("**图1 各单位完成率与序时进度**", lines);
        Assert.Contains($"| {SampleReport.UnitCell} | 91.7% | 92.0% |", lines);
        Assert.Contains("| 法制室 | 80.0% |  |", lines);
    }
}
