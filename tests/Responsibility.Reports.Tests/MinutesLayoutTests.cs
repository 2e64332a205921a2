namespace Responsibility.Reports.Tests;

using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using DocumentFormat.OpenXml.Validation;
using Responsibility.Grains.Abstractions.Supervision;
using Responsibility.Reports.Layouts;
using Responsibility.Reports.Rendering;

/// <summary>会议纪要 in the reports' 公文 frame: the meeting, its topics and decisions, a valid Word file.</summary>
public class MinutesLayoutTests
{
    private static readonly MeetingMinutes Minutes = new(
        OctoberReport.Header, "m1", new DateOnly(2024, 11, 5), "11月党总支扩大会", "韩振东", ["王立侠", "韩振东", "刘海涛"],
        ["听取10月重点工作推进情况", "研究部署年底重点工作"], "2024-10",
        [
            new MinutesDecision(1, "开展酒驾醉驾集中整治", ["秩序中队", "城区中队"], "刘海涛", new DateOnly(2024, 11, 30)),
            new MinutesDecision(2, "完成执法记录仪数据核查。", ["科技信息室"], "高鹏", new DateOnly(2024, 11, 20)),
        ]);

    [Fact]
    public void MinutesSayWhoMetWhatTheyHeardAndWhoCarriesOutEachDecision()
    {
        var document = MinutesLayout.Build(Minutes);
        var text = ReportText.All(document);

        Assert.Equal("11月党总支扩大会纪要", document.TitleLines[^1]);
        Assert.Contains("2024年11月5日，韩振东主持召开11月党总支扩大会，听取了《2024年10月重点工作推进情况调度报告》，", text);
        Assert.Contains("由秩序中队、城区中队负责|开展酒驾醉驾集中整治。督办领导：刘海涛；完成时限：2024年11月30日前。", text);
        Assert.Contains("由科技信息室负责|完成执法记录仪数据核查。督办领导：高鹏；", text);
        Assert.Contains("参会人员：王立侠、韩振东、刘海涛", text);
        Assert.Equal(new DateOnly(2024, 11, 5), document.Date);
    }

    [Fact]
    public void MinutesWithoutDecisionsOrTopicsSaySo()
    {
        var text = ReportText.All(MinutesLayout.Build(Minutes with { Decisions = [], Topics = [], ReportMonth = null }));

        Assert.Contains("本次会议未形成议定事项。", text);
        Assert.DoesNotContain("会议议题", text);
        Assert.DoesNotContain("听取了", text);
    }

    [Fact]
    public void MinutesRenderAsAValidWordDocumentWithNumberedDecisions()
    {
        using var docx = new DocxReadBack(DocxRenderer.Render(MinutesLayout.Build(Minutes)));

        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(docx.Package));
        Assert.Contains(docx.Paragraphs, p => p.InnerText.StartsWith("（一）由秩序中队、城区中队负责。", StringComparison.Ordinal));
        Assert.Contains(docx.Paragraphs, p => p.InnerText.StartsWith("（二）由科技信息室负责。", StringComparison.Ordinal));
    }

    [Fact]
    public void HostileMeetingTextStaysLiteralInHtml()
    {
        var hostile = Minutes with { Title = "<script>alert(1)</script>", Chair = "<img src=x onerror=alert(1)>", Topics = [.. HostileText.MarkupNotes] };

        var html = HtmlRenderer.Render(MinutesLayout.Build(hostile));

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void LongAttendeeListIsSetLineByLineUnderItsLabelAndOnlyItsLastLineGoesWithTheIssuer()
    {
        var minutes = PrintedMinutes.Meeting(3);

        using var docx = new DocxReadBack(DocxRenderer.Render(MinutesLayout.Build(minutes)));
        var paragraphs = docx.Paragraphs.ToList();
        var first = paragraphs.FindIndex(p => p.InnerText.StartsWith("参会人员：", StringComparison.Ordinal));
        var lines = paragraphs.Skip(first).TakeWhile(p => p.InnerText.Length > 0).ToList();
        var indents = lines.Select(p => p.ParagraphProperties!.Indentation!).ToList();

        Assert.Equal(GongwenFonts.Hei, DocxReadBack.EastAsiaFont(lines[0].Elements<Run>().First()));
        Assert.True(lines.Count >= 3, $"{lines.Count} lines");
        Assert.Equal(string.Join("、", minutes.Attendees), string.Concat(lines.Select(p => p.InnerText))["参会人员：".Length..]);
        Assert.All(lines.SkipLast(1), p => Assert.EndsWith("、", p.InnerText));
        Assert.All(indents, i => Assert.Equal(indents[0].Left!.Value, i.Left!.Value));
        Assert.Equal([true, .. lines.Skip(1).Select(_ => false)], indents.Select(i => i.Hanging is not null && i.Hanging.Value != "0"));
        Assert.Equal([.. lines.SkipLast(1).Select(_ => false), true], lines.Select(p => p.ParagraphProperties!.KeepNext is not null));
    }

    [Fact]
    public void AttendeesReadAsALabelledListInMarkdownAndHtml()
    {
        var document = MinutesLayout.Build(Minutes);

        var markdown = MarkdownRenderer.Render(document);
        var html = HtmlRenderer.Render(document);

        Assert.Contains("**参会人员**：王立侠、韩振东、刘海涛", markdown);
        Assert.Contains("<span class=\"l1\">参会人员：</span><span class=\"name\">王立侠</span>、<span class=\"name\">韩振东</span>、", html);
    }
}
