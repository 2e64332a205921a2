namespace Responsibility.Reports.Tests;

using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Validation;
using Responsibility.Grains.Abstractions.Detachments;
using Responsibility.Grains.Abstractions.Rollups;
using Responsibility.Grains.Abstractions.Supervision;
using Responsibility.Reports.Document;
using Responsibility.Reports.Layouts;
using Responsibility.Reports.Rendering;

/// <summary>The 支队's 月度调度通报 in the GB/T 9704 frame: its mark and number, ranked brigades, Red lists by brigade, 督办.</summary>
public class DetachmentReportLayoutTests
{
    private static readonly DetachmentReport Report = new(
        "zibo", "淄博支队", "Asia/Shanghai", 2026, 5, 1, 5, new DateOnly(2026, 5, 31),
        new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero), "system",
        [
            new(1, "zhangdian", "张店大队", 0.52, 0.41, 20, new StatusCounts(2, 15, 3, 0, 0, 0), 0, 0, 0, []),
            new(2, "zichuan", "淄川大队", 0.35, 0.41, 30, new StatusCounts(1, 20, 6, 12, 1, 0), 2, 1, 3,
                [.. Enumerable.Range(1, 12).Select(i => new DetachmentRedTask($"t{i}", $"FZ-{i:D2}", $"任务{i}", "fazhi", "法制室", 0.1, 0.41))]),
        ],
        [
            new("i1", "zichuan", "淄川大队", "红灯任务限期追赶", new DateOnly(2026, 5, 6), new DateOnly(2026, 5, 20), InstructionStatus.Overdue, null),
            new("i2", "zhangdian", "张店大队", "报送整改台账", new DateOnly(2026, 5, 8), new DateOnly(2026, 5, 30), InstructionStatus.Closed, new DateOnly(2026, 5, 28)),
        ]);

    [Fact]
    public void MarkNumberTitleSectionsAndTheDetachmentSigning()
    {
        var document = DetachmentReportLayout.Build(Report, new DateOnly(2026, 6, 1));

        Assert.Equal(["淄博支队调度通报"], document.Masthead);
        Assert.Equal("〔2026〕第5期", document.DocumentNumber);
        Assert.Equal(["2026年5月重点工作调度通报"], document.TitleLines);
        Assert.Equal((new DateOnly(2026, 6, 1), "淄博支队", "各大队"), (document.Date, document.Issuer, document.Recipient));
        Assert.Equal(
            [new Heading(1, "总体情况"), new Heading(1, "各大队推进情况"), new Heading(1, "红灯任务"), new Heading(2, "淄川大队（12项）"), new Heading(1, "支队督办事项")],
            document.Body.OfType<Heading>());
        Assert.Equal("淄博支队〔2026〕第5期 2026年5月重点工作调度通报", DetachmentReportLayout.FileName(Report));
    }

    [Fact]
    public void BrigadesInRankOrderWithTheirFiguresRedListsCappedAndInstructionsWithTheirState()
    {
        var document = DetachmentReportLayout.Build(Report, new DateOnly(2026, 6, 1));
        var tables = document.Body.OfType<Table>().ToList();

        Assert.Equal(
            [["1", "张店大队", "20", "52.0%", "41.0%", "+11.0", "0", "0", "0", "0"], ["2", "淄川大队", "30", "35.0%", "41.0%", "-6.0", "12", "2", "1", "3"]],
            tables[0].Rows);
        Assert.Equal(["张店大队", "淄川大队"], document.Body.OfType<BarChart>().Single().Bars.Select(b => b.Label));
        Assert.Equal(DetachmentReportLayout.RedShown, tables[1].Rows.Length);
        Assert.Equal(["FZ-01", "任务1", "法制室", "10.0%", "41.0%"], tables[1].Rows[0]);
        Assert.Contains(new Paragraph("另有红灯任务2项，详见该大队月度调度报告。"), document.Body);
        Assert.Equal(["逾期未办结", "已办结（5月28日）"], tables[2].Rows.Select(r => r[4]));
        Assert.Contains(new Paragraph("本月支队督办事项2件，其中已办结1件，正在办理0件，逾期未办结1件。"), document.Body);
    }

    [Fact]
    public void NoRedAndNoInstructionsSaySo()
    {
        var quiet = Report with { Brigades = [Report.Brigades[0]], Instructions = [] };

        var document = DetachmentReportLayout.Build(quiet, new DateOnly(2026, 6, 1));

        Assert.Contains(new Paragraph("本月各大队无红灯任务。"), document.Body);
        Assert.Contains(new Paragraph("本月无督办事项。"), document.Body);
    }

    [Fact]
    public void EveryFormatRendersAndTheDocxValidates()
    {
        var document = DetachmentReportLayout.Build(Report, new DateOnly(2026, 6, 1));

        using var docx = new DocxReadBack(DocxRenderer.Render(document));
        var texts = docx.Paragraphs.Select(p => p.InnerText).Where(t => t.Length > 0).ToList();

        Assert.Equal(["淄博支队调度通报", "〔2026〕第5期", "2026年5月重点工作调度通报"], texts.Take(3));
        Assert.Contains("三、红灯任务", texts);
        Assert.Contains("2026年6月1日", texts);
        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(docx.Package).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        Assert.Contains("〔2026〕第5期", MarkdownRenderer.Render(document), StringComparison.Ordinal);
        Assert.Contains("张店大队", HtmlRenderer.Render(document), StringComparison.Ordinal);
    }

    [Fact]
    public void HostileNamesAndTextsRenderLiterallyAndValidly()
    {
        const string Hostile = "<script>alert(1)</script>## 伪造\u202E\u0001";
        var hostile = Report with
        {
            DetachmentName = Hostile,
            Brigades = [Report.Brigades[1] with { Name = Hostile, Red = [Report.Brigades[1].Red[0] with { Title = Hostile, UnitName = Hostile }] }],
            Instructions = [Report.Instructions[0] with { Text = Hostile, BrigadeName = Hostile }],
        };
        var document = DetachmentReportLayout.Build(hostile, new DateOnly(2026, 6, 1));

        using var docx = new DocxReadBack(DocxRenderer.Render(document));
        var html = HtmlRenderer.Render(document);
        var markdown = MarkdownRenderer.Render(document);

        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(docx.Package));
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain('\u202E', markdown);
        Assert.DoesNotContain("\n## 伪造", markdown);
    }
}
