namespace Responsibility.Reports.Tests;

using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Responsibility.Reports.Rendering;

/// <summary>
/// Control characters stored by older versions (a vertical tab is what Word pastes for a soft line break) render in
/// every format: DOCX stays valid with line breaks and tabs as Word's own, HTML and Markdown drop the rest.
/// </summary>
public class ControlCharacterTests
{
    private static readonly char[] Dropped =
        ['\u0001', '\u0008', '\u001B', '\u007F', '\u0085', '\f', '\uFFFF', '\uFFFE', '\uD800', '\uDC00', '\r'];

    [Fact]
    public void DocxWithControlCharactersEverywhereRendersAndPassesTheOpenXmlValidator()
    {
        var bytes = DocxRenderer.Render(HostileText.Document(HostileText.ControlNote, title: HostileText.ControlNote) with
        {
            Issuer = "淄川大队\u0001\v总支部委员会", Recipient = "区委\u000B区政府", Signer = "王\u0002立侠",
        });

        using var docx = new DocxReadBack(bytes);
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(docx.Package).Select(e => e.Description).ToList();

        Assert.Empty(errors);
        Assert.All(docx.Body.Descendants<Text>(), t => Assert.DoesNotContain(t.Text, c => Dropped.Contains(c) || c == '\v'));
    }

    [Fact]
    public void DocxWritesLineBreaksAndTabsAsWordsOwnBreakAndTab()
    {
        using var docx = new DocxReadBack(DocxRenderer.Render(HostileText.Document(HostileText.ControlNote)));

        var note = docx.Paragraphs.First(p => p.InnerText.StartsWith("第一行", StringComparison.Ordinal));
        var run = Assert.Single(note.Elements<Run>());

        // \v, \r\n and \r break the line; \f and the other controls are dropped.
        Assert.Equal(3, run.Elements<Break>().Count());
        Assert.Single(run.Elements<TabChar>());
        Assert.Equal(["第一行", "第二行第三页[31m孤立代理", "制表", "换行", "回车"], run.Elements<Text>().Select(t => t.Text));
    }

    [Fact]
    public void HtmlDropsControlCharactersAndKeepsLineBreaksAsBr()
    {
        var html = HtmlRenderer.Render(HostileText.Document(HostileText.ControlNote, title: HostileText.ControlNote));

        Assert.DoesNotContain(html, c => Dropped.Contains(c) || c == '\v');
        Assert.Contains("<p>第一行<br>第二行第三页[31m孤立代理\t制表<br>换行<br>回车</p>", html);
    }

    [Fact]
    public void MarkdownDropsControlCharactersAndBreaksLinesWhereTheNoteDid()
    {
        var markdown = MarkdownRenderer.Render(HostileText.Document(HostileText.ControlNote));

        Assert.DoesNotContain(markdown.Replace("\r\n", "\n"), c => Dropped.Contains(c) || c == '\v');
        Assert.Contains("第一行  \n第二行第三页\\[31m孤立代理\t制表  \n换行  \n回车", markdown.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void DirectionControlsAndZeroWidthCharactersAreDroppedFromEveryFormat()
    {
        const string hidden = "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C\u200B\u200C\u200D\u2060\uFEFF";
        var note = "本月完成率" + hidden + "%01，已全部整改";
        var document = HostileText.Document(note, title: "执法\u202E质量\u200B检查");

        using var docx = new DocxReadBack(DocxRenderer.Render(document));
        var texts = new[] { HtmlRenderer.Render(document), MarkdownRenderer.Render(document), docx.Body.InnerText };

        Assert.All(texts, text =>
        {
            Assert.DoesNotContain(text, hidden.Contains);
            Assert.Contains("本月完成率%01，已全部整改", text);
        });
    }
}
