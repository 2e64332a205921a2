namespace Responsibility.Reports.Tests;

using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Responsibility.Reports.Rendering;

/// <summary>
/// User text never becomes Markdown markup: the report is parsed back as GitHub-flavoured Markdown (tables, autolinks,
/// strikethrough, task lists) and only the renderer's own headings, bold run-ins and tables are found.
/// </summary>
public class MarkdownSafetyTests
{
    private static readonly MarkdownPipeline Gfm = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseAutoLinks()
        .UseEmphasisExtras(Markdig.Extensions.EmphasisExtras.EmphasisExtraOptions.Strikethrough)
        .UseTaskLists()
        .Build();

    public static TheoryData<string> Notes() => [.. HostileText.MarkupNotes, HostileText.MultiLineNote];

    [Theory]
    [MemberData(nameof(Notes))]
    public void NoteProducesNoHtmlLinksCodeListsQuotesOrExtraHeadings(string note)
    {
        var document = Markdown.Parse(MarkdownRenderer.Render(HostileText.Document(note)), Gfm);

        var blocks = document.Descendants<Block>().ToList();
        var inlines = document.Descendants<Inline>().ToList();

        Assert.Empty(blocks.OfType<HtmlBlock>());
        Assert.Empty(blocks.OfType<CodeBlock>());
        Assert.Empty(blocks.OfType<ListBlock>());
        Assert.Empty(blocks.OfType<QuoteBlock>());
        Assert.Empty(blocks.OfType<ThematicBreakBlock>());
        Assert.Empty(blocks.OfType<LinkReferenceDefinition>());
        Assert.Empty(inlines.OfType<HtmlInline>());
        Assert.Empty(inlines.OfType<HtmlEntityInline>());
        Assert.Empty(inlines.OfType<LinkInline>());
        Assert.Empty(inlines.OfType<AutolinkInline>());
        Assert.Empty(inlines.OfType<CodeInline>());
        Assert.Equal(3 + 1, blocks.OfType<HeadingBlock>().Count());
        Assert.Equal(2, blocks.OfType<Table>().Count());
        // The run-in and the two captions, nothing the note wrote.
        Assert.Equal(3, inlines.OfType<EmphasisInline>().Count());
    }

    [Theory]
    [MemberData(nameof(Notes))]
    public void NoteSurvivesAsLiteralTextInParagraphRunInAndTableCell(string note)
    {
        var document = Markdown.Parse(MarkdownRenderer.Render(HostileText.Document(note)), Gfm);
        var lines = string.Join("\n", note.Split('\n').Select(l => l.Trim()));
        var oneLine = string.Join(" ", note.Split('\n').Select(l => l.Trim()));
        var runIn = "（一）任务" + oneLine + ("。：；！？:;!?.".Contains(oneLine[^1]) ? "" : "。");

        var paragraphs = document.Descendants<ParagraphBlock>().Select(Text).ToList();
        var cells = document.Descendants<TableCell>().Select(c => Text((ParagraphBlock)c[0])).ToList();

        Assert.Contains(lines, paragraphs);
        Assert.Contains(runIn + lines, paragraphs);
        Assert.Contains(oneLine, cells);
    }

    [Fact]
    public void HtmlMadeFromTheMarkdownCarriesNoActiveContent()
    {
        var markdown = string.Concat(HostileText.MarkupNotes.Select(n => MarkdownRenderer.Render(HostileText.Document(n))));

        var html = Markdown.ToHtml(markdown, Gfm);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<code", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void PlainChineseProseIsWrittenWithoutEscapes()
    {
        var report = SampleReport.Create() with { Body = [new Document.Paragraph("截至10月31日，完成进度87.5%，较上月提高3.2个百分点（2024-10）。")] };

        var markdown = MarkdownRenderer.Render(report);

        Assert.Contains("截至10月31日，完成进度87.5%，较上月提高3.2个百分点（2024-10）。", markdown);
    }

    [Fact]
    public void RunInHeadingRendersBold()
    {
        var document = Markdown.Parse(MarkdownRenderer.Render(SampleReport.Create()), Gfm);

        var strong = document.Descendants<EmphasisInline>().Where(e => e.DelimiterCount == 2).Select(Text).ToList();

        Assert.Contains("（一）" + SampleReport.RunIn, strong);
    }

    private static string Text(LeafBlock block) => block.Inline is null ? "" : Text(block.Inline);

    private static string Text(ContainerInline container) => string.Concat(container.Select(inline => inline switch
    {
        LiteralInline literal => literal.Content.ToString(),
        LineBreakInline => "\n",
        ContainerInline nested => Text(nested),
        _ => "",
    }));
}
