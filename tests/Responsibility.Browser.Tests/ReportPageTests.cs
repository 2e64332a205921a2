namespace Responsibility.Browser.Tests;

using Microsoft.Playwright;

/// <summary>The reports page: regenerating a monthly report, downloading it as Word, and viewing it in the browser.</summary>
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

        await AssertIsDocx(download, ".docx");
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

    [Fact]
    public async Task ReportViewOffersBackPrintAndWordAndItsWordIsTheSameReportAsDocx()
    {
        var brigade = await TestBrigade.Create(browser);
        var view = await OpenPreview(brigade);
        var toolbar = view.Locator("nav.toolbar");

        await Assertions.Expect(toolbar.GetByRole(AriaRole.Link, new() { Name = "返回" })).ToBeVisibleAsync();
        await Assertions.Expect(toolbar.GetByRole(AriaRole.Button, new() { Name = "打印" })).ToBeVisibleAsync();
        var download = await view.RunAndWaitForDownloadAsync(() => toolbar.GetByRole(AriaRole.Link, new() { Name = "下载 Word" }).ClickAsync());

        await AssertIsDocx(download, "（预览稿）.docx");
    }

    [Fact]
    public async Task PrintButtonPrintsTheReportAndPrintingLeavesTheToolbarOut()
    {
        var brigade = await TestBrigade.Create(browser);
        var view = await OpenPreview(brigade);
        await view.EvaluateAsync("() => { window.printed = 0; window.print = () => window.printed++; }");

        await view.GetByRole(AriaRole.Button, new() { Name = "打印" }).ClickAsync();
        await view.EmulateMediaAsync(new() { Media = Media.Print });

        Assert.Equal(1, await view.EvaluateAsync<int>("() => window.printed"));
        await Assertions.Expect(view.Locator("nav.toolbar")).ToBeHiddenAsync();
        await Assertions.Expect(view.Locator("h1.title")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task BackLeadsToTheReportsPageFromItsOwnTabAndToThePreviousPageOtherwise()
    {
        var brigade = await TestBrigade.Create(browser);
        var view = await OpenPreview(brigade);

        await view.GetByRole(AriaRole.Link, new() { Name = "返回" }).ClickAsync();
        await view.WaitForURLAsync($"**/b/{brigade.Id}/reports");
        await view.GotoAsync($"/b/{brigade.Id}");
        await view.EvaluateAsync("url => { location.href = url; }", PreviewPath(brigade));
        await view.WaitForURLAsync("**format=html");
        await view.GetByRole(AriaRole.Link, new() { Name = "返回" }).ClickAsync();

        await view.WaitForURLAsync(url => new Uri(url).AbsolutePath == $"/b/{brigade.Id}");
    }

    [Fact]
    public async Task ReportViewKeepsUnitNamesAndFiguresOnOneLineAndDoesNotStretchItsLines()
    {
        var brigade = await TestBrigade.Create(browser);
        var view = await OpenPreview(brigade, width: 900);

        var cellLines = await view.EvaluateAsync<int[]>("""
            () => [...document.querySelectorAll('td.nowrap')].map(td => {
                const range = document.createRange();
                range.selectNodeContents(td);
                return new Set([...range.getClientRects()].map(r => Math.round(r.top))).size;
            })
            """);
        var alignments = await view.EvaluateAsync<string[]>("() => [...document.querySelectorAll('p')].map(p => getComputedStyle(p).textAlign)");

        Assert.Contains(await view.Locator("td.nowrap").AllInnerTextsAsync(), t => t == "宣传中队");
        Assert.All(cellLines, lines => Assert.Equal(1, lines));
        Assert.DoesNotContain("justify", alignments);
    }

    /// <summary>A Word file (a zip package), named as <paramref name="nameEnd"/> ends.</summary>
    private static async Task AssertIsDocx(IDownload download, string nameEnd)
    {
        var bytes = await File.ReadAllBytesAsync((await download.PathAsync())!);
        Assert.Equal("PK"u8.ToArray(), bytes[..2]);
        Assert.EndsWith(nameEnd, download.SuggestedFilename);
    }

    private static string PreviewPath(TestBrigade brigade) =>
        $"/api/v1/brigades/{brigade.Id}/reports/monthly/{DateTime.UtcNow.AddHours(8):yyyy-MM}?preview=true&format=html";

    /// <summary>The running month's report, opened from the reports page in a tab of its own as 预览本月 opens it.</summary>
    private async Task<IPage> OpenPreview(TestBrigade brigade, int width = 1280)
    {
        var page = await browser.SignIn(brigade.Username("dadui"), TestBrigade.Password, width);
        await page.GotoAsync($"/b/{brigade.Id}/reports");
        var view = await page.Context.RunAndWaitForPageAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "预览本月" }).ClickAsync());
        await view.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        return view;
    }
}
