namespace Responsibility.Browser.Tests;

using Microsoft.Playwright;

/// <summary>考核: the scheme and the ranking, a subject's lines, the 自评分 by the unit's head and the 考核组评分 with its reason.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AppraisalPageTests(BrowserFixture browser)
{
    [Fact]
    public async Task UnitSelfScoresTheGroupReviewsWithAReasonAndTheRankingFollows()
    {
        var brigade = await TestBrigade.Create(browser);
        var year = BrigadeToday.Date.Year - 1;
        await brigade.PutAppraisalScheme(year);

        var head = await browser.SignIn(brigade.Username("fazhi"), TestBrigade.Password);
        await head.ClickAsync(".topbar >> text=考核");
        await head.GotoAsync($"/b/{brigade.Id}/appraisal?year={year}&period={year}-Q1");
        await Assertions.Expect(head.Locator("#scheme table")).ToContainTextAsync("缺一项扣 2 分");
        await head.Locator("#ranking-units").GetByRole(AriaRole.Link, new() { Name = "法制室" }).ClickAsync();
        await head.FillAsync("#self-0", "28");
        await head.FillAsync("#self-1", "30");
        await head.GetByRole(AriaRole.Button, new() { Name = "保存自评分" }).ClickAsync();
        await Assertions.Expect(head.Locator("#subject-points")).ToHaveTextAsync("58");

        var leader = await browser.SignIn(brigade.Username("dadui"), TestBrigade.Password);
        await leader.GotoAsync($"/b/{brigade.Id}/appraisal/{year}-Q1/units/fazhi");
        await Assertions.Expect(leader.GetByRole(AriaRole.Button, new() { Name = "保存自评分" })).ToHaveCountAsync(0);
        await leader.FillAsync("#review-0", "25");
        await leader.GetByRole(AriaRole.Button, new() { Name = "保存考核组评分" }).ClickAsync();
        await Assertions.Expect(leader.Locator(".error").First).ToContainTextAsync("须说明理由");
        await leader.FillAsync("#review-0", "25");
        await leader.Locator("input[name='Lines[0].Text']").Last.FillAsync("缺责任清单 1 项");
        await leader.GetByRole(AriaRole.Button, new() { Name = "保存考核组评分" }).ClickAsync();

        await Assertions.Expect(leader.Locator("#subject-points")).ToHaveTextAsync("55");
        await Assertions.Expect(leader.Locator("#subject-grade")).ToHaveTextAsync("优秀");
        await Assertions.Expect(leader.Locator("table.appraisal-lines")).ToContainTextAsync("缺责任清单 1 项");
        await leader.ClickAsync("text=返回考核排名");
        await Assertions.Expect(leader.Locator("#ranking-units tbody tr").First).ToContainTextAsync("法制室");
        await Assertions.Expect(leader.Locator("#ranking-units tbody tr").First).ToContainTextAsync("55");
    }

    [Fact]
    public async Task DashboardShowsTheRunningRankingLinkingToTheSubject()
    {
        var brigade = await TestBrigade.Create(browser);
        await brigade.PutAppraisalScheme(BrigadeToday.Date.Year);

        var page = await browser.SignIn(brigade.Username("viewer"), TestBrigade.Password);
        await page.GotoAsync($"/b/{brigade.Id}");

        await Assertions.Expect(page.Locator("#appraisal-ranking")).ToContainTextAsync("考核排名");
        await page.Locator("#appraisal-ranking").GetByRole(AriaRole.Link, new() { Name = "宣传中队" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("宣传中队");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "保存自评分" })).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "保存考核组评分" })).ToHaveCountAsync(0);
    }
}
