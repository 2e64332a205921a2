namespace Responsibility.Browser.Tests;

using Microsoft.Playwright;

/// <summary>通报: a brigade leader drafts one from the data, edits it, issues it under the year's first number; then it is frozen.</summary>
[Collection(BrowserCollection.Name)]
public sealed class BulletinPageTests(BrowserFixture browser)
{
    [Fact]
    public async Task BrigadeLeaderDraftsEditsAndIssuesThenTheBulletinShowsItsNumberAndCannotBeEdited()
    {
        var brigade = await TestBrigade.Create(browser);
        var page = await browser.SignIn(brigade.Username("dadui"), TestBrigade.Password);
        await page.ClickAsync(".topbar >> text=通报");
        await page.SelectOptionAsync("#bulletin-kind", "Criticism");
        await page.GetByRole(AriaRole.Button, new() { Name = "生成草稿" }).ClickAsync();

        await Assertions.Expect(page.Locator(".bulletin-state")).ToHaveTextAsync("草稿，尚未签发");
        await Assertions.Expect(page.Locator(".gongwen .masthead-number")).ToHaveTextAsync("（征求意见稿）");
        await page.FillAsync("#bulletin-title", "关于近期工作落实情况的通报");
        await page.FillAsync("#bulletin-body", "一、基本情况\n各单位按要求推进重点工作。\n二、工作要求\n各单位要对照台账逐项落实。");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存草稿" }).ClickAsync();
        await Assertions.Expect(page.Locator(".gongwen h3").First).ToHaveTextAsync("一、基本情况");
        await page.GetByRole(AriaRole.Button, new() { Name = "签发" }).ClickAsync();

        var number = $"〔{BrigadeToday.Date.Year}〕第1期";
        await Assertions.Expect(page.Locator(".bulletin-state")).ToHaveTextAsync($"已印发（{number}）");
        await Assertions.Expect(page.Locator(".gongwen .masthead-number")).ToHaveTextAsync(number);
        await Assertions.Expect(page.Locator(".gongwen .doc-title")).ToHaveTextAsync("关于近期工作落实情况的通报");
        await Assertions.Expect(page.Locator("#bulletin-body")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "签发" })).ToHaveCountAsync(0);
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "下载 Word" }).ClickAsync());
        Assert.Equal("PK"u8.ToArray(), (await File.ReadAllBytesAsync((await download.PathAsync())!))[..2]);
        Assert.Equal($"{number} 关于近期工作落实情况的通报.docx", download.SuggestedFilename);
        await page.ClickAsync("text=← 通报");
        await Assertions.Expect(page.Locator("table.bulletins tbody tr")).ToContainTextAsync(number);
    }

    [Fact]
    public async Task SituationWithoutAnInspectionShowsTheErrorBesideTheFieldAndDraftsNothing()
    {
        var brigade = await TestBrigade.Create(browser);
        var page = await browser.SignIn(brigade.Username("clerk"), TestBrigade.Password);
        await page.GotoAsync($"/b/{brigade.Id}/bulletins");

        await page.SelectOptionAsync("#bulletin-kind", "Situation");
        await page.GetByRole(AriaRole.Button, new() { Name = "生成草稿" }).ClickAsync();

        await Assertions.Expect(page.Locator("form.bulletin-draft")).ToContainTextAsync("情况通报须选择一次检查。");
        await Assertions.Expect(page.Locator("table.bulletins")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task OfficeClerkDraftsButOnlyABrigadeLeaderIsOfferedTheIssueButton()
    {
        var brigade = await TestBrigade.Create(browser);
        var page = await browser.SignIn(brigade.Username("clerk"), TestBrigade.Password);
        await page.GotoAsync($"/b/{brigade.Id}/bulletins");

        await page.SelectOptionAsync("#bulletin-kind", "Commendation");
        await page.GetByRole(AriaRole.Button, new() { Name = "生成草稿" }).ClickAsync();

        await Assertions.Expect(page.Locator("#bulletin-body")).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "签发" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task ViewerSeesTheListButNoDraftFormAndNoDrafts()
    {
        var brigade = await TestBrigade.Create(browser);
        var leader = await browser.SignIn(brigade.Username("dadui"), TestBrigade.Password);
        await leader.GotoAsync($"/b/{brigade.Id}/bulletins");
        await leader.SelectOptionAsync("#bulletin-kind", "Commendation");
        await leader.GetByRole(AriaRole.Button, new() { Name = "生成草稿" }).ClickAsync();
        await Assertions.Expect(leader.Locator(".bulletin-state")).ToHaveTextAsync("草稿，尚未签发");

        var page = await browser.SignIn(brigade.Username("viewer"), TestBrigade.Password);
        await page.ClickAsync(".topbar >> text=通报");

        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("通报");
        await Assertions.Expect(page.Locator("text=本年度尚无通报。")).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "生成草稿" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task DraftIsNotTheViewersAndAnotherBrigadesOrAnUnknownBulletinIsMissing()
    {
        var brigade = await TestBrigade.Create(browser);
        var other = await TestBrigade.Create(browser);
        var leader = await browser.SignIn(brigade.Username("dadui"), TestBrigade.Password);
        await leader.GotoAsync($"/b/{brigade.Id}/bulletins");
        await leader.SelectOptionAsync("#bulletin-kind", "Criticism");
        await leader.GetByRole(AriaRole.Button, new() { Name = "生成草稿" }).ClickAsync();
        await Assertions.Expect(leader.Locator(".bulletin-state")).ToHaveTextAsync("草稿，尚未签发");
        var path = new Uri(leader.Url).AbsolutePath;
        var draftId = path[(path.LastIndexOf('/') + 1)..];

        var viewer = await browser.SignIn(brigade.Username("viewer"), TestBrigade.Password);
        var outsider = await browser.SignIn(other.Username("dadui"), TestBrigade.Password);

        Assert.Equal(403, (await viewer.GotoAsync(path))!.Status);
        Assert.Equal(404, (await outsider.GotoAsync(path))!.Status);
        Assert.Equal(404, (await outsider.GotoAsync($"/b/{other.Id}/bulletins/{draftId}"))!.Status);
        Assert.Equal(404, (await leader.GotoAsync($"/b/{brigade.Id}/bulletins/019a6d0c1b2a39485766554433221100"))!.Status);
    }
}
