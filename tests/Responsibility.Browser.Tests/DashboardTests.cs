namespace Responsibility.Browser.Tests;

using Microsoft.Playwright;

/// <summary>The brigade dashboard: its 红黄绿灯 and their legend, the 截至 date picker, and the filtered task list.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DashboardTests(BrowserFixture browser)
{
    private const string Blue = "rgb(21, 101, 192)";
    private const string Yellow = "rgb(249, 168, 37)";

    [Fact]
    public async Task UnitBarsAreColouredByStatusAsOfThePickedDate()
    {
        var brigade = await TestBrigade.Create(browser);
        await brigade.Report("fazhi", brigade.FazhiTask, 10);
        await brigade.Report("xuanchuan", brigade.XuanchuanTask, 320);
        var page = await browser.SignIn(brigade.Username("dadui"), TestBrigade.Password);

        // At year end the whole target is due: 10/10 is done, 320/400 lags by 0.2 (黄灯).
        await page.FillAsync("#asOf", $"{DateTime.UtcNow.Year}-12-31");
        await page.GetByRole(AriaRole.Button, new() { Name = "查看" }).ClickAsync();

        Assert.Contains($"asOf={DateTime.UtcNow.Year}-12-31", page.Url);
        await Assertions.Expect(Bar(page, "法制室")).ToHaveCSSAsync("background-color", Blue);
        await Assertions.Expect(Bar(page, "宣传中队")).ToHaveCSSAsync("background-color", Yellow);
        await Assertions.Expect(page.Locator(".counts .st-done b")).ToHaveTextAsync("1");
        await Assertions.Expect(page.Locator(".counts .st-yellow b")).ToHaveTextAsync("1");
    }

    [Fact]
    public async Task LegendExplainsTheColoursWithTheBrigadesOwnThresholds()
    {
        var brigade = await TestBrigade.Create(browser);
        await brigade.SetThresholds(0.15, 0.3, 10);

        var page = await browser.SignIn(brigade.Username("dadui"), TestBrigade.Password);

        var legend = page.Locator(".status-legend");
        await Assertions.Expect(legend).ToContainTextAsync("黄灯落后序时进度超过15个百分点");
        await Assertions.Expect(legend).ToContainTextAsync("红灯落后超过30个百分点，或已逾期");
        await Assertions.Expect(legend).ToContainTextAsync("临近时限10天内到期");
    }

    [Theory]
    [InlineData("zhao")]
    [InlineData("viewer")]
    public async Task LeaderAndViewerReadTheDashboard(string account)
    {
        var brigade = await TestBrigade.Create(browser);
        var page = await browser.SignIn(brigade.Username(account), TestBrigade.Password);

        await page.ClickAsync(".topbar >> text=总览");

        Assert.EndsWith($"/b/{brigade.Id}", page.Url);
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("重点工作推进情况");
        await Assertions.Expect(page.Locator(".bars li")).ToHaveCountAsync(2);
    }

    [Fact]
    public async Task TaskListMarksOverdueTasksAndFiltersByUnitLeaderDutyLineStatusAndText()
    {
        var brigade = await TestBrigade.Create(browser);
        var year = DateTime.UtcNow.Year;
        await brigade.AddTask("FZ-02", "年中执法考评", "fazhi", new { kind = "Count", target = 1, unitLabel = "次" }, due: $"{year}-12-30");
        var page = await browser.SignIn(brigade.Username("dadui"), TestBrigade.Password);
        await page.GotoAsync($"/b/{brigade.Id}?asOf={year}-12-31");

        await Assertions.Expect(Listed(page)).ToHaveCountAsync(3);
        await Assertions.Expect(Listed(page).Filter(new() { HasText = "年中执法考评" }).Locator(".badge.overdue")).ToHaveTextAsync("逾期");
        await Assertions.Expect(page.Locator("table.tasks .badge.overdue")).ToHaveCountAsync(1);
        await Filter(page, "状态", "逾期");
        await Assertions.Expect(Listed(page).Locator("td.title")).ToHaveTextAsync(["年中执法考评"]);
        Assert.Contains($"asOf={year}-12-31", page.Url);

        await page.GotoAsync($"/b/{brigade.Id}");
        await Filter(page, "一岗双责", "法治建设·党风廉政");
        await Assertions.Expect(Listed(page).Locator("td.title")).ToHaveTextAsync(["全年发稿"]);
        await page.GotoAsync($"/b/{brigade.Id}");
        await Filter(page, "分管领导", "王立侠");
        await Assertions.Expect(Listed(page).Locator("td.title")).ToHaveTextAsync(["执法质量检查", "年中执法考评"]);
        await Filter(page, "承办单位", "宣传中队");
        await Assertions.Expect(Listed(page)).ToHaveCountAsync(0);
        await page.GotoAsync($"/b/{brigade.Id}?q=发稿");
        await Assertions.Expect(Listed(page).Locator("td.title")).ToHaveTextAsync(["全年发稿"]);
    }

    private static ILocator Listed(IPage page) => page.Locator("#tasks table.tasks tbody tr");

    private static async Task Filter(IPage page, string label, string option)
    {
        var value = (await page.Locator("form.filters").GetByLabel(label).SelectOptionAsync(new SelectOptionValue { Label = option })).Single();
        await page.GetByRole(AriaRole.Button, new() { Name = "筛选" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains($"={value}"));
    }

    private static ILocator Bar(IPage page, string unit) =>
        page.Locator(".bars li").Filter(new() { HasText = unit }).Locator(".fill");
}
