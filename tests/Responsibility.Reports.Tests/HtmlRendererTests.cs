namespace Responsibility.Reports.Tests;

using System.Text.RegularExpressions;
using System.Xml.Linq;
using Responsibility.Reports.Rendering;

public class HtmlRendererTests
{
    private readonly string html = HtmlRenderer.Render(SampleReport.Create());

    [Fact]
    public void PageIsACompleteHtml5DocumentInChineseSizedForA4()
    {
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">", html.ReplaceLineEndings("\n"));
        Assert.Contains("<meta charset=\"utf-8\">", html);
        Assert.Contains("@page { size: A4; margin: 37mm 26mm 35mm 28mm; }", html);
        Assert.Contains("font-family: \"方正小标宋简体\"", html);
        Assert.EndsWith("</html>", html.TrimEnd());
    }

    [Fact]
    public void HeadingsCarryTheirNumberingAndChineseIsWrittenLiterally()
    {
        Assert.Contains($"<h2>一、{SampleReport.FirstHeading}</h2>", html);
        Assert.Contains($"<h2>二、{SampleReport.SecondHeading}</h2>", html);
        Assert.Contains($"<h3>（三）{SampleReport.SubHeading}</h3>", html);
        Assert.Contains($"<p><span class=\"l2\">（一）{SampleReport.RunIn}。</span>{SampleReport.BodyText}</p>", html);
        Assert.DoesNotContain("&#", html);
    }

    [Fact]
    public void TableCellsAndClosingAppear()
    {
        Assert.Contains($"<td class=\"nowrap\">{SampleReport.UnitCell}</td>", html);
        Assert.Contains("<th>完成率</th>", html);
        Assert.Contains("签发人：<span class=\"signer-name\">王立侠</span>", html);
        Assert.Matches("<p class=\"date\"[^>]*>2024年1月12日</p>", html);
    }

    [Fact]
    public void ChartIsWellFormedInlineSvgWithABarPerUnitAndNoScript()
    {
        var start = html.IndexOf("<svg", StringComparison.Ordinal);
        var end = html.IndexOf("</svg>", StringComparison.Ordinal) + "</svg>".Length;

        var svg = XElement.Parse(html[start..end]);
        var ns = svg.Name.Namespace;

        Assert.Equal(4, svg.Elements(ns + "rect").Count(r => (string?)r.Attribute("class") == "bar"));
        Assert.Contains(svg.Elements(ns + "text"), t => t.Value == SampleReport.UnitCell);
        Assert.Equal(3, svg.Elements(ns + "rect").Count(r => (string?)r.Attribute("class") == "marker"));
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=", html);
    }

    [Fact]
    public void MarkupCharactersInTextAreEscaped()
    {
        var report = SampleReport.Create() with { Body = [new Document.Paragraph("完成率<50% & 滞后")] };

        var page = HtmlRenderer.Render(report);

        Assert.Contains("<p>完成率&lt;50% &amp; 滞后</p>", page);
    }

    [Fact]
    public void ViewedPageHasAToolbarBackToItsPageToPrintAndToTheSameDocumentInWordThatPrintingLeavesOut()
    {
        var toolbar = new HtmlToolbar("/b/zc/reports", "/api/v1/brigades/zc/reports/monthly/2024-10?version=2&format=docx", "/js/report-view.js");

        var page = HtmlRenderer.Render(SampleReport.Create(), toolbar);
        var nav = XElement.Parse(page[page.IndexOf("<nav", StringComparison.Ordinal)..(page.IndexOf("</nav>", StringComparison.Ordinal) + 6)]);
        var controls = nav.Elements().Select(e => (e.Name.LocalName, e.Value, (string?)e.Attribute("href"), (string?)e.Attribute("data-action"))).ToList();

        Assert.Equal(
            [
                ("a", "返回", "/b/zc/reports", "back"),
                ("button", "打印", null, "print"),
                ("a", "下载 Word", "/api/v1/brigades/zc/reports/monthly/2024-10?version=2&format=docx", null),
            ],
            controls);
        Assert.NotNull(nav.Elements().Last().Attribute("download"));
        Assert.Single(Regex.Matches(page, "<script"));
        Assert.Contains("<script src=\"/js/report-view.js\" defer></script>", page);
        Assert.Matches(@"@media print \{[^}]*nav\.toolbar \{ display: none; \}", page);
    }
}
