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
        Assert.Empty(await TablesCutOff(page));
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

    [Fact]
    public async Task UnitReportPageFitsAPhone()
    {
        var brigade = await TestBrigade.Create(browser);
        var page = await browser.SignIn(brigade.Username("fazhi"), TestBrigade.Password, 390);
        await page.GotoAsync($"/b/{brigade.Id}/units/fazhi/report");

        await Screenshot(page, "unit-report-390.png");

        Assert.True(await PageWidth(page) <= 390, $"the report page is {await PageWidth(page)} px wide on a 390 px screen");
        await Assertions.Expect(page.GetByLabel("本次完成数（次）")).ToBeInViewportAsync();
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task DutyPagesFitTheScreenWidth(int width)
    {
        var brigade = await TestBrigade.Create(browser);
        var today = BrigadeToday.Date;
        await brigade.PutDutyItem(today.Year, "tanhua", "开展谈心谈话");
        await brigade.RecordDuty("dadui", new
        {
            kind = "Talk", occurredOn = today.ToString("yyyy-MM-dd"), content = "与法制室孙建华谈心，了解思想和工作情况", leaderId = "wang",
            participants = new[] { "孙建华" }, slotIds = new[] { $"tanhua:{today:yyyy-MM}" },
        });
        await brigade.PutRisk(today.Year, "r1", "xuanchuan", "有偿新闻");
        var page = await browser.SignIn(brigade.Username("clerk"), TestBrigade.Password, width);

        foreach (var (path, name) in new[] { ($"/b/{brigade.Id}/leaders/wang", "leader"), ($"/b/{brigade.Id}/duties", "duties"),
            ($"/b/{brigade.Id}/pledges", "pledges"), ($"/b/{brigade.Id}/risks", "risks"), ($"/b/{brigade.Id}/records/new?leader=wang", "record") })
        {
            await page.GotoAsync(path);
            await Screenshot(page, $"{name}-{width}.png");

            Assert.True(await PageWidth(page) <= width, $"{path} is {await PageWidth(page)} px wide on a {width} px screen");
            Assert.Empty(await TablesCutOff(page));
        }
    }

    [Fact]
    public async Task DashboardPrintsOnA4WithColouredBarsAndWithoutNavigationOrForms()
    {
        var brigade = await TestBrigade.Create(browser);
        await brigade.Report("fazhi", brigade.FazhiTask, 7);
        var page = await browser.SignIn(brigade.Username("dadui"), TestBrigade.Password);

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        var pdf = await page.PdfAsync(new() { PreferCSSPageSize = true });

        // A4 is 595 × 842 points; Chromium's own default is US Letter (612 × 792).
        Assert.Matches(@"/MediaBox \[0 0 59[45]\.\d+ 84[12]\.\d+\]", System.Text.Encoding.Latin1.GetString(pdf));
        await Assertions.Expect(page.Locator(".topbar")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("form.filters")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("form.asof")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator(".bars .fill").First).ToHaveCSSAsync("print-color-adjust", "exact");
        await Assertions.Expect(page.Locator("#tasks table.tasks")).ToBeVisibleAsync();
    }

    /// <summary>Tables wider than the screen that cannot be scrolled to: each must fit, or sit in a box that scrolls.</summary>
    private static Task<string[]> TablesCutOff(IPage page) => page.EvaluateAsync<string[]>("""
        () => [...document.querySelectorAll('table')].filter(t => {
            const box = t.closest('.scroll');
            const scrolls = box && getComputedStyle(box).overflowX === 'auto' && box.getBoundingClientRect().right <= innerWidth;
            return t.getBoundingClientRect().right > innerWidth && !scrolls;
        }).map(t => t.className || 'table')
        """);

    private static Task<int> PageWidth(IPage page) => page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");

    private static async Task Screenshot(IPage page, string name)
    {
        Directory.CreateDirectory(BrowserFixture.ScreenshotFolder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, name), FullPage = true });
    }
}
