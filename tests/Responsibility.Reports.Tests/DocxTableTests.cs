namespace Responsibility.Reports.Tests;

using DocumentFormat.OpenXml.Wordprocessing;

public class DocxTableTests
{
    [Fact]
    public void TableHasSingleBordersABoldHeaderRowAndEveryUnit()
    {
        using var docx = new DocxReadBack();

        var table = Assert.Single(docx.Body.Elements<Table>());
        var borders = table.GetFirstChild<TableProperties>()!.GetFirstChild<TableBorders>()!;
        var rows = table.Elements<TableRow>().ToList();

        Assert.Equal(6, borders.ChildElements.Count);
        Assert.All(borders.ChildElements.Cast<BorderType>(), b => Assert.Equal(BorderValues.Single, b.Val!.Value));
        Assert.Equal(5, rows.Count);
        Assert.All(rows[0].Descendants<Run>(), r => Assert.NotNull(r.RunProperties!.Bold));
        Assert.All(rows[1].Descendants<Run>(), r => Assert.Null(r.RunProperties!.Bold));
        Assert.Equal(SampleReport.UnitCell, rows[1].Elements<TableCell>().First().InnerText);
        Assert.All(
            table.Descendants<Run>(),
            r => Assert.Equal(("仿宋_GB2312", "28"), (DocxReadBack.EastAsiaFont(r), DocxReadBack.Size(r))));
    }
}
