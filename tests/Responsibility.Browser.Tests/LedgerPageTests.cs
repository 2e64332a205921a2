namespace Responsibility.Browser.Tests;

using System.Text;
using Microsoft.Playwright;
using Responsibility.Reports.Ledger;

/// <summary>The admin's 台账 page: the year's sheet downloaded, a sheet imported, a bad one refused with its rows and columns.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LedgerPageTests(BrowserFixture browser)
{
    private static readonly int Year = DateTime.UtcNow.Year;

    [Fact]
    public async Task TheAdminDownloadsTheYearsLedgerAsAnExcelSheetOfItsTasks()
    {
        var (brigade, page) = await AdminOnLedgerPage();

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#ledger-export"));

        Assert.Equal($"淄川大队{Year}年度任务台账.xlsx", download.SuggestedFilename);
        await using var sheet = File.OpenRead((await download.PathAsync())!);
        var table = LedgerFile.Read(sheet);
        Assert.Equal(["FZ-01", "XC-01"], table.Rows.Select(r => LedgerNotation.ReadText(r[table.Columns[LedgerColumns.Code]])));
        Assert.Equal("法制室", table.Rows[0][table.Columns[LedgerColumns.Unit]]);
    }

    [Fact]
    public async Task ASheetWithABadRowIsRefusedWithItsRowsAndColumnsAndChangesNothing()
    {
        var (brigade, page) = await AdminOnLedgerPage();

        await page.SetInputFilesAsync("#ledger-file", Csv(
            $"FZ-01,执法质量检查（改）,业务工作,法制室,执法监督,计数,12,{Year},{Year}-01-01,{Year}-12-31",
            $"FZ-09,新任务,业务工作,督察室,执法监督,计数,十二,{Year},{Year}-01-01,{Year}-12-31"));
        await page.GetByRole(AriaRole.Button, new() { Name = "导入" }).ClickAsync();

        var rows = page.Locator("#ledger-problems tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(2);
        await Assertions.Expect(rows.Nth(0)).ToContainTextAsync("3承办单位D3本大队没有“督察室”这个单位。");
        await Assertions.Expect(rows.Nth(1)).ToContainTextAsync("3目标G3");
        await page.GotoAsync($"/b/{brigade.Id}/admin/tasks");
        await Assertions.Expect(page.Locator("table")).ToContainTextAsync("执法质量检查");
        await Assertions.Expect(page.Locator("table")).Not.ToContainTextAsync("（改）");
    }

    [Fact]
    public async Task AGoodSheetImportsAndSaysWhatItDid()
    {
        var (brigade, page) = await AdminOnLedgerPage();

        await page.SetInputFilesAsync("#ledger-file", Csv(
            $"FZ-01,执法质量检查,业务工作,法制室,执法监督,计数,12,{Year},{Year}-01-01,{Year}-12-31",
            $"FZ-09,案卷评查,法治建设·党风廉政,法制室,执法监督,比率,≥ 95%,{Year},{Year}-01-01,{Year}-12-31"));
        await page.GetByRole(AriaRole.Button, new() { Name = "导入" }).ClickAsync();

        await Assertions.Expect(page.Locator(".notice")).ToHaveTextAsync("台账已导入：新建任务 1 项，修改 1 项，0 项未变。");
        await page.GotoAsync($"/b/{brigade.Id}/admin/tasks");
        await Assertions.Expect(page.Locator("table")).ToContainTextAsync("≥ 95%");
    }

    private async Task<(TestBrigade Brigade, IPage Page)> AdminOnLedgerPage()
    {
        var brigade = await TestBrigade.Create(browser);
        var page = await browser.SignIn("admin", BrowserFactory.AdminPassword);
        await page.GotoAsync($"/b/{brigade.Id}/admin/ledger");
        return (brigade, page);
    }

    private static FilePayload Csv(params string[] rows) => new()
    {
        Name = "台账.csv",
        MimeType = "text/csv",
        Buffer = Encoding.UTF8.GetBytes(string.Join("\n", ["任务编号,任务名称,一岗双责,承办单位,类别,考核方式,目标,年度,开始日期,截止日期", .. rows]) + "\n"),
    };
}
