namespace Responsibility.Browser.Tests;

using Microsoft.Playwright;

/// <summary>
/// The dashboard and the task page at desktop and phone widths: screenshots for people to look at
/// (bin/…/TestResults/screenshots), and a check that nothing widens the page past the screen.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LayoutTests(BrowserFixture browser)
{
    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task DashboardFitsTheScreenWidth(int width)
    {
        var brigade = await TestBrigade.Create(browser);
        await brigade.Report("fazhi", brigade.FazhiTask, 7);
        await brigade.Report("xuanchuan", brigade.XuanchuanTask, 120);
        var page = await browser.SignIn(brigade.Username("dadui"), TestBrigade.Password, width);

        await Screenshot(page, $"dashboard-{width}.png");

        Assert.True(await PageWidth(page) <= width, $"the dashboard is {await PageWidth(page)} px wide on a {width} px screen");
        await Assertions.Expect(page.Locator(".bars li")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator(".topbar")).ToHaveCSSAsync("background-color", "rgb(23, 52, 95)");
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task TaskPageFitsTheScreenWidth(int width)
    {
        var brigade = await TestBrigade.Create(browser);
        await brigade.Report("fazhi", brigade.FazhiTask, 2);
        await brigade.Report("fazhi", brigade.FazhiTask, 3);
        var page = await browser.SignIn(brigade.Username("fazhi"), TestBrigade.Password, width);
        await page.GotoAsync($"/tasks/{brigade.FazhiTask}");

        await Screenshot(page, $"task-{width}.png");

        Assert.True(await PageWidth(page) <= width, $"the task page is {await PageWidth(page)} px wide on a {width} px screen");
        await Assertions.Expect(page.Locator("#value")).ToBeInViewportAsync();
    }

    private static Task<int> PageWidth(IPage page) => page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");

    private static async Task Screenshot(IPage page, string name)
    {
        Directory.CreateDirectory(BrowserFixture.ScreenshotFolder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, name), FullPage = true });
    }
}
