namespace Responsibility.Reports.Tests;

using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Validation;
using Responsibility.Grains.Abstractions.Org;
using Responsibility.Reports.Document;
using Responsibility.Reports.Rendering;

public class DocxValidityTests
{
    [Fact]
    public void RenderedReportHasNoOpenXmlSchemaErrors()
    {
        using var docx = new DocxReadBack();

        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(docx.Package)
            .Select(e => $"{e.Path?.XPath}: {e.Description}")
            .ToList();

        Assert.Empty(errors);
    }

    [Fact]
    public void ReportWithoutHeaderLinesOrChartBarsStillRendersValidly()
    {
        var bare = SampleReport.Create() with
        {
            DocumentNumber = null,
            Signer = null,
            Recipient = null,
            Body = [new Heading(1, "总体进展"), new BarChart("图1", [], "完成率", "序时进度")],
        };

        using var docx = new DocxReadBack(DocxRenderer.Render(bare));

        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(docx.Package));
        Assert.Contains(docx.Paragraphs, p => p.InnerText == "一、总体进展");
    }

    [Fact]
    public void MonthlyReportOfTheDemosSizeHasNoOpenXmlSchemaErrors()
    {
        var document = Layouts.MonthlyReportLayout.Build(PrintedReports.LargeBrigadeReport(), new DateOnly(2024, 11, 1), StatusThresholds.Default);

        using var docx = new DocxReadBack(DocxRenderer.Render(document));

        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(docx.Package).Select(e => $"{e.Path?.XPath}: {e.Description}"));
    }
}
