namespace Responsibility.Browser.Tests;

using Microsoft.Playwright;

/// <summary>The reports page: regenerating a monthly report and downloading it as Word.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ReportPageTests(BrowserFixture browser)
{
    [Fact]
    public async Task BrigadeLeaderRegeneratesAMonthlyReportAndDownloadsItAsWord()
    {
        var brigade = await TestBrigade.Create(browser);
        var page = await browser.SignIn(brigade.Username("dadui"), TestBrigade.Password);
        await page.ClickAsync(".topbar >> text=报告");

        await page.GetByRole(AriaRole.Button, new() { Name = "重新生成" }).ClickAsync();
        await Assertions.Expect(page.Locator(".notice")).ToContainTextAsync("调度报告");
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("table.reports >> text=下载 Word").First.ClickAsync());

        var bytes = await File.ReadAllBytesAsync((await download.PathAsync())!);
        Assert.Equal("PK"u8.ToArray(), bytes[..2]);
        Assert.EndsWith(".docx", download.SuggestedFilename);
    }

    [Fact]
    public async Task AMonthWithAllItsVersionsIsRefusedBesideTheMonthAndThePageStaysUsable()
    {
        var brigade = await TestBrigade.Create(browser);
        var lastMonth = DateTime.UtcNow.AddHours(8).AddMonths(-1).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        for (var i = 0; i < 10; i++)
        {
            await brigade.GenerateReport("dadui", lastMonth);
        }

        var page = await browser.SignIn(brigade.Username("dadui"), TestBrigade.Password);
        await page.GotoAsync($"/b/{brigade.Id}/reports");
        await page.GetByRole(AriaRole.Button, new() { Name = "重新生成" }).ClickAsync();

        await Assertions.Expect(page.Locator("form.inline-form .error")).ToContainTextAsync("每月 10 版的上限");
        await Assertions.Expect(page.Locator("table.reports")).ToContainTextAsync("第 10 版");
    }

    [Fact]
    public async Task ViewerIsNotOfferedRegenerationAndIsRefusedIt()
    {
        var brigade = await TestBrigade.Create(browser);
        var page = await browser.SignIn(brigade.Username("viewer"), TestBrigade.Password);
        await page.GotoAsync($"/b/{brigade.Id}/reports");
        var token = await page.Locator("input[name=__RequestVerificationToken]").First.InputValueAsync();

        var response = await page.APIRequest.PostAsync($"/b/{brigade.Id}/reports?handler=Generate", new()
        {
            Form = page.APIRequest.CreateFormData().Set("Month", $"{DateTime.UtcNow.Year}-01").Set("__RequestVerificationToken", token),
        });

        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "重新生成" })).ToHaveCountAsync(0);
        Assert.Equal(403, response.Status);
    }
}
