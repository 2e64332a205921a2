namespace Responsibility.Reports.Tests;

using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Validation;
using Responsibility.Reports.Layouts;
using Responsibility.Reports.Rendering;

/// <summary>The 延期申请审批单: one table with who asked, the three dates, the reason and the decision.</summary>
public sealed class ExtensionLayoutTests
{
    private static readonly ExtensionContent Asked = new(
        "淄川大队", "淄川大队总支部委员会", "年度任务", "XC-01 交通安全宣传进农村", "宣传中队", "张华", new DateOnly(2026, 6, 20),
        new DateOnly(2026, 6, 30), new DateOnly(2026, 6, 30), new DateOnly(2026, 7, 20), 1, "雨季道路施工，集中宣传活动无法开展。",
        "已完成 18 个村中的 12 个。", ["宣传活动照片.pdf"], "赵刚", false, null);

    [Fact]
    public void PendingFormShowsTheDatesReasonAndThatItWaits()
    {
        var text = HtmlRenderer.Render(ExtensionLayout.Build(Asked));

        Assert.Contains("延期申请审批单", text);
        Assert.Contains("2026年6月30日", text);
        Assert.Contains("2026年7月20日", text);
        Assert.Contains("雨季道路施工，集中宣传活动无法开展。", text);
        Assert.Contains("（待审批）", text);
        Assert.Contains("赵刚", text);
    }

    [Fact]
    public void DecidedFormRendersAsAValidWordDocumentWithTheGrantedDate()
    {
        var granted = Asked with { Decision = new ExtensionDecisionContent(true, new DateOnly(2026, 7, 15), "同意，限期完成。", "赵刚", new DateOnly(2026, 6, 22)) };

        using var docx = new DocxReadBack(DocxRenderer.Render(ExtensionLayout.Build(granted)));

        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(docx.Package));
        var all = docx.Body.InnerText;
        Assert.Contains("同意延期", all, StringComparison.Ordinal);
        Assert.Contains("2026年7月15日", all, StringComparison.Ordinal);
        Assert.Contains("同意，限期完成。", all, StringComparison.Ordinal);
        Assert.DoesNotContain("（待审批）", all, StringComparison.Ordinal);
    }

    [Fact]
    public void HostileReasonRendersLiterally()
    {
        var hostile = Asked with { Reason = "<script>alert(1)</script>理由\u202E", Progress = "## 伪造的标题" };

        var html = HtmlRenderer.Render(ExtensionLayout.Build(hostile));
        var markdown = MarkdownRenderer.Render(ExtensionLayout.Build(hostile));

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain('\u202E', html);
        Assert.DoesNotContain("\n## 伪造", markdown);
    }
}
