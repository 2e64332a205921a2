namespace Responsibility.Browser.Tests;

using Microsoft.Playwright;

/// <summary>What the top bar and the problem pages tell people: how much waits in 待办, and why a page is not shown.</summary>
[Collection(BrowserCollection.Name)]
public sealed class NavigationPageTests(BrowserFixture browser)
{
    [Fact]
    public async Task InboxLinkCountsWhatWaitsAndTheItemNamesTheUnitThatAnswered()
    {
        var brigade = await TestBrigade.Create(browser);
        var instruction = await brigade.Instruct("dadui", "xuanchuan", "加大交通安全宣传进村入户力度");
        await brigade.Answer("xuanchuan", instruction, "已完成进村入户宣传 12 场");
        var page = await browser.SignIn(brigade.Username("dadui"), TestBrigade.Password);

        await page.GotoAsync($"/b/{brigade.Id}");
        await Assertions.Expect(page.Locator("#inbox-link .count")).ToHaveTextAsync("1");
        await page.ClickAsync("#inbox-link");

        await Assertions.Expect(page.Locator(".inbox-item")).ToContainTextAsync("宣传中队已答复，待您办结：已完成进村入户宣传 12 场");
        await Assertions.Expect(page.Locator(".inbox-item .badge")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("inbox-instructionanswered"));
    }

    [Fact]
    public async Task UnknownBrigadeIsNotFoundInPlainWordsAndTheBarStaysOnOnesOwnBrigade()
    {
        var brigade = await TestBrigade.Create(browser);
        var page = await browser.SignIn(brigade.Username("fazhi"), TestBrigade.Password);

        var unknown = await page.GotoAsync("/b/nosuch");

        Assert.Equal(404, unknown!.Status);
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("大队不存在");
        await Assertions.Expect(page.Locator(".topbar .brand")).ToContainTextAsync("淄川大队");
    }

    [Fact]
    public async Task PageAViewerMayNotSeeSaysSoInWordsAboutSeeing()
    {
        var brigade = await TestBrigade.Create(browser);
        var page = await browser.SignIn(brigade.Username("viewer"), TestBrigade.Password);

        var refused = await page.GotoAsync($"/b/{brigade.Id}/meetings");

        Assert.Equal(403, refused!.Status);
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("您没有权限查看此页面。");
    }
}
