namespace Responsibility.Browser.Tests;

using Microsoft.Playwright;

/// <summary>The brigade dashboard's 红黄绿灯 and its 截至 date picker.</summary>
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

    private static ILocator Bar(IPage page, string unit) =>
        page.Locator(".bars li").Filter(new() { HasText = unit }).Locator(".fill");
}
