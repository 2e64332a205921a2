namespace Responsibility.Reports.Tests;

using DocumentFormat.OpenXml.Wordprocessing;

public class DocxTextLayoutTests
{
    [Fact]
    public void EachTitleLineIsACentredParagraphInXiaoBiaoSongErhao()
    {
        using var docx = new DocxReadBack();

        var titles = docx.Paragraphs.Take(3).ToList();

        Assert.Equal(SampleReport.Create().TitleLines, titles.Select(p => p.InnerText));
        Assert.All(titles, p =>
        {
            Assert.Equal(JustificationValues.Center, p.ParagraphProperties!.Justification!.Val!.Value);
            var run = Assert.Single(p.Elements<Run>());
            Assert.Equal(("方正小标宋简体", "44"), (DocxReadBack.EastAsiaFont(run), DocxReadBack.Size(run)));
        });
        Assert.Equal("", docx.Paragraphs.ElementAt(3).InnerText);
    }

    [Fact]
    public void DocumentNumberIsLeftAndSignerRightOnOneLineWithTheNameInKai()
    {
        using var docx = new DocxReadBack();

        var line = docx.ParagraphStartingWith("淄公交川政〔2023〕12号");

        Assert.Equal("淄公交川政〔2023〕12号签发人：王立侠", line.InnerText);
        Assert.Equal(TabStopValues.Right, line.ParagraphProperties!.Tabs!.Elements<TabStop>().Single().Val!.Value);
        Assert.Single(line.Descendants<TabChar>());
        Assert.Equal("楷体_GB2312", DocxReadBack.EastAsiaFont(DocxReadBack.RunStartingWith(line, "王立侠")));
    }

    [Fact]
    public void RecipientLineIsFlushLeftAndEndsWithAColon()
    {
        using var docx = new DocxReadBack();

        var recipient = docx.ParagraphStartingWith("区委、区政府");

        Assert.Equal("区委、区政府：", recipient.InnerText);
        Assert.Null(recipient.ParagraphProperties!.Indentation);
    }

    [Fact]
    public void LevelOneHeadingsAreHeiSanhaoNumberedInOrder()
    {
        using var docx = new DocxReadBack();

        var first = docx.ParagraphStartingWith("一、");
        var second = docx.ParagraphStartingWith("二、");

        Assert.Equal("一、" + SampleReport.FirstHeading, first.InnerText);
        Assert.Equal("二、" + SampleReport.SecondHeading, second.InnerText);
        Assert.True(docx.Paragraphs.ToList().IndexOf(first) < docx.Paragraphs.ToList().IndexOf(second));
        Assert.All(new[] { first, second }.SelectMany(p => p.Elements<Run>()),
            run => Assert.Equal(("黑体", "32"), (DocxReadBack.EastAsiaFont(run), DocxReadBack.Size(run))));
    }

    [Fact]
    public void LevelTwoHeadingsAreKaiSanhaoAndRestartUnderEachPart()
    {
        using var docx = new DocxReadBack();

        var texts = docx.Paragraphs.Select(p => p.InnerText).ToList();
        var level2 = docx.Paragraphs.Where(p => p.InnerText.StartsWith('（')).ToList();

        Assert.Equal(["（一）", "（二）", "（三）", "（一）", "（二）"], level2.Select(p => p.InnerText[..3]));
        Assert.Equal("（三）" + SampleReport.SubHeading, level2[2].InnerText);
        Assert.True(texts.IndexOf(level2[2].InnerText) < texts.IndexOf("二、" + SampleReport.SecondHeading));
        Assert.All(level2.Select(p => p.Elements<Run>().First()),
            run => Assert.Equal(("楷体_GB2312", "32"), (DocxReadBack.EastAsiaFont(run), DocxReadBack.Size(run))));
    }

    [Fact]
    public void RunInHeadingEndsWithAFullStopAndTheBodyFollowsInFangSong()
    {
        using var docx = new DocxReadBack();

        var paragraph = docx.ParagraphStartingWith("（一）" + SampleReport.RunIn);
        var runs = paragraph.Elements<Run>().ToList();

        Assert.Equal(["（一）" + SampleReport.RunIn + "。", SampleReport.BodyText], runs.Select(r => r.InnerText));
        Assert.Equal("仿宋_GB2312", DocxReadBack.EastAsiaFont(runs[1]));
        Assert.EndsWith("强化执法监督管理。", docx.ParagraphStartingWith("（二）强化执法").Elements<Run>().First().InnerText);
    }

    [Fact]
    public void BodyIsFangSongSanhaoWithTwoCharacterIndentAndExactLineSpacing()
    {
        using var docx = new DocxReadBack();

        var body = docx.ParagraphStartingWith("现将2023年度");
        var properties = body.ParagraphProperties!;
        var run = Assert.Single(body.Elements<Run>());

        Assert.Equal(("仿宋_GB2312", "32"), (DocxReadBack.EastAsiaFont(run), DocxReadBack.Size(run)));
        Assert.Equal(200, properties.Indentation!.FirstLineChars!.Value);
        Assert.Equal(LineSpacingRuleValues.Exact, properties.SpacingBetweenLines!.LineRule!.Value);
        Assert.InRange(int.Parse(properties.SpacingBetweenLines.Line!.Value!), 560, 580);
    }

    [Fact]
    public void EveryRunNamesItsFontForLatinEastAsianAndComplexScript()
    {
        using var docx = new DocxReadBack();

        var fonts = docx.Body.Descendants<Run>().Select(r => r.RunProperties?.RunFonts).ToList();

        Assert.All(fonts, f =>
        {
            Assert.NotNull(f);
            Assert.All(
                new[] { f.Ascii, f.HighAnsi, f.ComplexScript },
                slot => Assert.Equal(f.EastAsia!.Value, slot!.Value));
        });
    }

    [Fact]
    public void IssuerAndDateCloseTheDocumentRightAlignedWithoutLeadingZeros()
    {
        using var docx = new DocxReadBack();

        var closing = docx.Paragraphs.TakeLast(3).ToList();

        Assert.Equal(["中共淄博市公安局交通警察支队", "淄川大队总支部委员会", "2024年1月12日"], closing.Select(p => p.InnerText));
        Assert.All(
            closing,
            p => Assert.Equal(JustificationValues.Right, p.ParagraphProperties!.Justification!.Val!.Value));
        Assert.Equal(400, closing[2].ParagraphProperties!.Indentation!.RightChars!.Value);
    }
}
