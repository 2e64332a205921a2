namespace Responsibility.Reports.Tests;

using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

public class DocxPageTests
{
    [Fact]
    public void PageIsA4WithTheGbT9704Margins()
    {
        using var docx = new DocxReadBack();

        var section = docx.Body.Elements<SectionProperties>().Single();
        var size = section.GetFirstChild<PageSize>()!;
        var margin = section.GetFirstChild<PageMargin>()!;

        Assert.Equal((11906u, 16838u), (size.Width!.Value, size.Height!.Value));
        Assert.Equal(
            (2098, 1984, 1588u, 1474u),
            (margin.Top!.Value, margin.Bottom!.Value, margin.Left!.Value, margin.Right!.Value));
    }

    [Fact]
    public void PageHoldsTwentyTwoLinesOfTwentyEightSanhaoCharacters()
    {
        using var docx = new DocxReadBack();

        var grid = docx.Body.Elements<SectionProperties>().Single().GetFirstChild<DocGrid>()!;
        var body = docx.ParagraphStartingWith("现将");
        var lineHeight = int.Parse(body.ParagraphProperties!.SpacingBetweenLines!.Line!.Value!);
        var charWidth = 320 + DocxReadBack.RunStartingWith(body, "现将").RunProperties!.Spacing!.Val!.Value;

        Assert.Equal(DocGridValues.Lines, grid.Type!.Value);
        Assert.Equal(lineHeight, grid.LinePitch!.Value);
        Assert.Equal(22, (16838 - 2098 - 1984) / lineHeight);
        Assert.Equal(28, (11906 - 1588 - 1474) / charWidth);
    }

    [Fact]
    public void FootersShowThePageFieldBetweenEmDashesOnOddAndEvenPages()
    {
        using var docx = new DocxReadBack();

        var references = docx.Body.Elements<SectionProperties>().Single().Elements<FooterReference>().ToList();
        var footers = references.Select(r => ((FooterPart)docx.Main.GetPartById(r.Id!.Value!)).Footer!).ToList();

        Assert.Equal([HeaderFooterValues.Even, HeaderFooterValues.Default], references.Select(r => r.Type!.Value));
        Assert.All(footers, footer =>
        {
            Assert.Contains(footer.Descendants<FieldCode>(), code => code.Text.Trim() == "PAGE");
            Assert.StartsWith("— ", footer.InnerText);
            Assert.EndsWith(" —", footer.InnerText);
            Assert.All(footer.Descendants<Run>(), run => Assert.Equal("宋体", DocxReadBack.EastAsiaFont(run)));
        });
        Assert.NotNull(docx.Main.DocumentSettingsPart!.Settings!.GetFirstChild<EvenAndOddHeaders>());
    }

    [Fact]
    public void DocumentIsMarkedAsSimplifiedChinese()
    {
        using var docx = new DocxReadBack();

        var languages = docx.Main.StyleDefinitionsPart!.Styles!.DocDefaults!.Descendants<Languages>().Single();

        Assert.Equal("zh-CN", languages.EastAsia!.Value);
        Assert.Equal("zh-CN", docx.Package.PackageProperties.Language);
        Assert.Equal("中共淄博市公安局交通警察支队淄川大队总支部委员会关于2023年法治政府建设工作情况的报告", docx.Package.PackageProperties.Title);
    }

    [Fact]
    public void ChartIsEmbeddedAsAPngImage()
    {
        using var docx = new DocxReadBack();

        var image = Assert.Single(docx.Main.ImageParts);
        using var data = image.GetStream();
        var signature = new byte[8];
        data.ReadExactly(signature);

        Assert.Equal("image/png", image.ContentType);
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, signature);
        Assert.True(data.Length > 10_000, $"chart PNG is only {data.Length} bytes");
    }

    [Fact]
    public void ChartOfManyUnitsIsSplitIntoImagesOfAtMostEightBarsWithOneLegendAndCaptionUnderTheLast()
    {
        var bars = Enumerable.Range(1, 20).Select(i => new Reports.Document.ChartBar($"第{i}中队", 0.8, 0.9, Grains.Abstractions.Tasks.ProgressStatus.Green)).ToArray();
        var report = SampleReport.Create() with { Body = [new Reports.Document.BarChart("各单位完成进度", bars, "完成进度", "序时进度")] };

        using var docx = new DocxReadBack(Rendering.DocxRenderer.Render(report));
        var images = docx.Paragraphs.Where(p => p.Descendants<Drawing>().Any()).ToList();

        Assert.Equal(3, docx.Main.ImageParts.Count());
        Assert.Equal([false, false, true], images.Select(p => p.ParagraphProperties!.KeepNext is not null));
        Assert.Equal(
            ["■绿灯　　┃序时进度", "各单位完成进度"],
            docx.Paragraphs.Skip(docx.Paragraphs.ToList().IndexOf(images[^1]) + 1).Take(2).Select(p => p.InnerText));
        Assert.Single(docx.Paragraphs, p => p.InnerText == "各单位完成进度");
    }
}
