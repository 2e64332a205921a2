namespace Responsibility.Browser.Tests;

using Microsoft.Playwright;

/// <summary>
/// What the brigade leaders download besides the month's report: the 台账 from the dashboard and the reports page, and
/// every earlier version of a regenerated report.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DownloadLinksPageTests(BrowserFixture browser)
{
    [Fact]
    public async Task BrigadeLeaderDownloadsTheLedgerFromTheDashboardAndTheReportsPage()
    {
        var brigade = await TestBrigade.Create(browser);
        var page = await browser.SignIn(brigade.Username("dadui"), TestBrigade.Password);

        await page.GotoAsync($"/b/{brigade.Id}");
        var fromDashboard = await page.RunAndWaitForDownloadAsync(() => page.Locator("a.ledger-link").ClickAsync());
        await page.GotoAsync($"/b/{brigade.Id}/reports");
        var fromReports = await page.RunAndWaitForDownloadAsync(() => page.Locator("a.ledger-link").ClickAsync());

        foreach (var download in new[] { fromDashboard, fromReports })
        {
            Assert.Equal("PK"u8.ToArray(), (await File.ReadAllBytesAsync((await download.PathAsync())!))[..2]);
            Assert.EndsWith(".xlsx", download.SuggestedFilename);
        }
    }

    [Fact]
    public async Task UnitHeadIsNotOfferedTheLedger()
    {
        var brigade = await TestBrigade.Create(browser);
        var page = await browser.SignIn(brigade.Username("fazhi"), TestBrigade.Password);

        await page.GotoAsync($"/b/{brigade.Id}");
        var onDashboard = await page.Locator("a.ledger-link").CountAsync();
        await page.GotoAsync($"/b/{brigade.Id}/reports");

        Assert.Equal(0, onDashboard);
        await Assertions.Expect(page.Locator("a.ledger-link")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task EarlierVersionsOfARegeneratedReportAreListedAndOpen()
    {
        var brigade = await TestBrigade.Create(browser);
        var page = await browser.SignIn(brigade.Username("dadui"), TestBrigade.Password);
        await page.GotoAsync($"/b/{brigade.Id}/reports");
        await page.GetByRole(AriaRole.Button, new() { Name = "重新生成" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "重新生成" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "重新生成" }).ClickAsync();

        var row = page.Locator("table.reports tbody tr").First;
        await Assertions.Expect(row).ToContainTextAsync("第 3 版");
        await row.Locator("summary", new() { HasText = "历次版本" }).ClickAsync();
        var earlier = row.Locator("details li");
        await Assertions.Expect(earlier).ToHaveTextAsync([new System.Text.RegularExpressions.Regex("第 2 版"), new System.Text.RegularExpressions.Regex("第 1 版")]);
        var first = await earlier.Nth(1).Locator("a", new() { HasText = "在线预览" }).GetAttributeAsync("href");
        var opened = await page.APIRequest.GetAsync(first!);
        var json = await page.APIRequest.GetAsync(first!.Replace("format=html", "format=json"));

        Assert.Equal(200, opened.Status);
        Assert.Contains("调度报告", await opened.TextAsync());
        Assert.Contains("\"version\":1,", await json.TextAsync());
    }
}
