namespace Responsibility.Browser.Tests;

using Microsoft.Playwright;

/// <summary>
/// A 支队 leader's first page: its brigades' rows, moved by a report on the next look, and a brigade's name opening the
/// brigade's own dashboard, read only: no form of the brigade's is on its pages.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DetachmentDashboardPageTests(BrowserFixture browser)
{
    [Fact]
    public async Task ADetachmentLeaderSeesAReportOnTheNextLookAndOpensTheBrigadeReadOnly()
    {
        var brigade = await TestBrigade.Create(browser);
        var (detachmentId, leader) = await brigade.UnderDetachment();
        var page = await browser.SignIn(leader, TestBrigade.Password);
        var row = page.Locator($"#brigades tr[data-brigade='{brigade.Id}']");
        var done = row.Locator("td").Nth(8);

        Assert.EndsWith($"/d/{detachmentId}/dashboard", page.Url);
        await Assertions.Expect(row.Locator("td").Nth(4)).ToHaveTextAsync("2");
        await Assertions.Expect(done).ToHaveTextAsync("0");
        await brigade.Report("fazhi", brigade.FazhiTask, 10);
        await page.ReloadAsync();
        await Assertions.Expect(done).ToHaveTextAsync("1");

        await row.GetByRole(AriaRole.Link, new() { Name = "淄川大队" }).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith($"/b/{brigade.Id}", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("重点工作推进情况");
        await Assertions.Expect(page.Locator(".topbar .read-only")).ToHaveTextAsync("只读查看");
        await page.GotoAsync($"/b/{brigade.Id}/bulletins");
        await Assertions.Expect(page.Locator("main form[method=post]")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator(".topbar form[method=post]")).ToHaveCountAsync(1);
    }
}
