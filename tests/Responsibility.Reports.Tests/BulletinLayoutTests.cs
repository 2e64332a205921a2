namespace Responsibility.Reports.Tests;

using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Validation;
using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Oversight;
using Responsibility.Grains.Abstractions.Tasks;
using Responsibility.Reports.Document;
using Responsibility.Reports.Layouts;
using Responsibility.Reports.Rendering;

/// <summary>通报 in the GB/T 9704 frame: the brigade's mark, the number under it (or the draft mark), title, headed body, 落款.</summary>
public class BulletinLayoutTests
{
    private static readonly BrigadeSettings Brigade = new(
        "淄川大队", "中共淄博市公安局交通警察支队淄川大队总支部委员会", "淄博市公安局交通警察支队", "Asia/Shanghai", null, StatusThresholds.Default);

    private static readonly Bulletin Issued = new(
        "b1", "zichuan", 2026, BulletinKind.Situation, "关于2026年3月执法质量检查情况的通报",
        "2026年3月5日，王立侠带队对法制室开展了执法质量检查。现将有关情况通报如下：\n\n一、基本情况\n\n本次检查共发现问题2个。\n\n二、存在的问题\n\n（一）法制室\n\n1. 卷宗方面：证据目录不全（一般）。\n\n三、整改要求\n\n法制室于2026年4月5日前整改到位。",
        "insp", ["fazhi"], "dadui", new DateTimeOffset(2026, 3, 6, 2, 0, 0, TimeSpan.Zero), 3, new DateOnly(2026, 3, 8), "dadui",
        new DateTimeOffset(2026, 3, 8, 2, 0, 0, TimeSpan.Zero), 3);

    private static readonly Bulletin Draft = Issued with { Number = null, IssuedOn = null, IssuedBy = null, IssuedAt = null };

    [Fact]
    public void IssuedBulletinHasTheBrigadesMarkItsNumberTheTitleHeadingsAndTheDate()
    {
        var document = BulletinLayout.Build(Issued, Brigade);

        Assert.Equal(["淄博市公安局交通警察支队淄川大队通报"], document.Masthead);
        Assert.Equal("〔2026〕第3期", document.DocumentNumber);
        Assert.Equal(["关于2026年3月执法质量检查情况的通报"], document.TitleLines);
        Assert.Equal((new DateOnly(2026, 3, 8), "淄博市公安局交通警察支队淄川大队"), (document.Date, document.Issuer));
        Assert.Equal(
            [new Heading(1, "基本情况"), new Heading(1, "存在的问题"), new Heading(2, "法制室"), new Heading(1, "整改要求")],
            document.Body.OfType<Heading>());
        Assert.Contains(new Paragraph("1. 卷宗方面：证据目录不全（一般）。"), document.Body);
        Assert.Equal("〔2026〕第3期 关于2026年3月执法质量检查情况的通报", BulletinLayout.FileName(Issued));
    }

    [Fact]
    public void DraftShowsTheDraftMarkWhereTheNumberGoes()
    {
        var document = BulletinLayout.Build(Draft, Brigade);

        Assert.Equal("（征求意见稿）", document.DocumentNumber);
        Assert.Equal(new DateOnly(2026, 3, 6), document.Date);
        Assert.Equal("关于2026年3月执法质量检查情况的通报（征求意见稿）", BulletinLayout.FileName(Draft));
        Assert.Contains("（征求意见稿）", MarkdownRenderer.Render(document), StringComparison.Ordinal);
        Assert.DoesNotContain("第", MarkdownRenderer.Render(document).Split('\n')[2], StringComparison.Ordinal);
    }

    [Fact]
    public void LongOrPunctuatedNumberedLinesStayParagraphs()
    {
        var blocks = BulletinLayout.Blocks("一、各单位要立即整改。\n（二）" + new string('长', 41) + "\n一、要求").ToList();

        Assert.Equal([new Paragraph("一、各单位要立即整改。"), new Paragraph("（二）" + new string('长', 41)), new Heading(1, "要求")], blocks);
    }

    [Fact]
    public void MarkThenNumberThenTitleInEveryFormat()
    {
        var document = BulletinLayout.Build(Issued, Brigade);

        var markdown = MarkdownRenderer.Render(document);
        var html = HtmlRenderer.Render(document);
        using var docx = new DocxReadBack(DocxRenderer.Render(document));
        var texts = docx.Paragraphs.Select(p => p.InnerText).Where(t => t.Length > 0).ToList();

        Assert.True(Order(markdown, "淄川大队通报", "〔2026〕第3期", "关于2026年3月执法质量检查情况的通报"));
        Assert.True(Order(html, "class=\"masthead\"", "〔2026〕第3期", "<h1 class=\"title\">"));
        Assert.Equal(["淄博市公安局交通警察支队淄川大队通报", "〔2026〕第3期", "关于2026年3月执法质量检查情况的通报"], texts.Take(3));
        Assert.Contains("一、基本情况", texts);
        Assert.Contains("（一）法制室", texts);
        Assert.Contains("2026年3月8日", texts);
        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(docx.Package).Select(e => $"{e.Path?.XPath}: {e.Description}"));
    }

    [Fact]
    public void HostileTitleAndBodyRenderLiterallyAndValidly()
    {
        var hostile = Draft with { Title = "<script>alert(1)</script>通报\u202E", Body = "## 伪造\n\n<img src=x onerror=alert(1)>\u0001" };
        var document = BulletinLayout.Build(hostile, Brigade);

        using var docx = new DocxReadBack(DocxRenderer.Render(document));
        var html = HtmlRenderer.Render(document);
        var markdown = MarkdownRenderer.Render(document);

        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(docx.Package));
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain('\u202E', markdown);
        Assert.DoesNotContain("\n## 伪造", markdown);
    }

    private static bool Order(string text, params string[] parts)
    {
        var at = 0;
        foreach (var part in parts)
        {
            var found = text.IndexOf(part, at, StringComparison.Ordinal);
            if (found < 0)
            {
                return false;
            }

            at = found + part.Length;
        }

        return true;
    }
}
