namespace Responsibility.Browser.Tests;

using Microsoft.Playwright;

/// <summary>例会: a brigade leader records the meeting, adds a decision for a unit, and downloads the minutes.</summary>
[Collection(BrowserCollection.Name)]
public sealed class MeetingPageTests(BrowserFixture browser)
{
    [Fact]
    public async Task BrigadeLeaderRecordsAMeetingAddsADecisionAndDownloadsTheMinutesAsWord()
    {
        var brigade = await TestBrigade.Create(browser);
        var page = await browser.SignIn(brigade.Username("dadui"), TestBrigade.Password);
        await page.ClickAsync(".topbar >> text=例会");
        await page.SelectOptionAsync("#meeting-chair", "王立侠");
        await page.FillAsync("#meeting-topics", "听取上月重点工作推进情况\n研究部署本月重点工作");
        await page.GetByRole(AriaRole.Button, new() { Name = "记录会议" }).ClickAsync();

        await page.FillAsync("#decision-text", "开展执法案卷集中评查");
        await page.GetByLabel("法制室").CheckAsync();
        await page.SelectOptionAsync("#decision-leader", "wang");
        await page.GetByRole(AriaRole.Button, new() { Name = "交办" }).ClickAsync();

        var unit = page.Locator(".decision .chips li").Filter(new() { HasText = "法制室" });
        await Assertions.Expect(unit).ToContainTextAsync("正在办理");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "下载 Word" }).ClickAsync());
        var bytes = await File.ReadAllBytesAsync((await download.PathAsync())!);
        Assert.Equal("PK"u8.ToArray(), bytes[..2]);
        Assert.EndsWith("纪要.docx", download.SuggestedFilename);
    }

    [Fact]
    public async Task DecisionWithoutAUnitShowsTheErrorAndIssuesNothing()
    {
        var brigade = await TestBrigade.Create(browser);
        var page = await browser.SignIn(brigade.Username("dadui"), TestBrigade.Password);
        await page.GotoAsync($"/b/{brigade.Id}/meetings");
        await page.SelectOptionAsync("#meeting-chair", "王立侠");
        await page.GetByRole(AriaRole.Button, new() { Name = "记录会议" }).ClickAsync();

        await page.FillAsync("#decision-text", "开展执法案卷集中评查");
        await page.SelectOptionAsync("#decision-leader", "wang");
        await page.GetByRole(AriaRole.Button, new() { Name = "交办" }).ClickAsync();

        await Assertions.Expect(page.Locator(".decision-form")).ToContainTextAsync("须指定责任单位。");
        await Assertions.Expect(page.Locator(".decision")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task OfficeClerkRecordsTheMeetingAsItsRecorderWithALeaderInTheChair()
    {
        var brigade = await TestBrigade.Create(browser);
        var page = await browser.SignIn(brigade.Username("clerk"), TestBrigade.Password);
        await page.GotoAsync($"/b/{brigade.Id}/meetings");

        var chairs = await page.Locator("#meeting-chair option").AllTextContentsAsync();
        await page.SelectOptionAsync("#meeting-chair", "赵刚");
        await page.GetByRole(AriaRole.Button, new() { Name = "记录会议" }).ClickAsync();

        Assert.Equal(["王立侠（大队长）", "赵刚（副大队长）"], chairs);
        await Assertions.Expect(page.Locator("dl.facts")).ToContainTextAsync("李静");
        await Assertions.Expect(page.Locator("dl.facts")).ToContainTextAsync("赵刚");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "交办" })).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task LeaderReadsMeetingsButIsNotOfferedTheRecordForm()
    {
        var brigade = await TestBrigade.Create(browser);
        var page = await browser.SignIn(brigade.Username("zhao"), TestBrigade.Password);

        await page.GotoAsync($"/b/{brigade.Id}/meetings");

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("党总支扩大会（月度例会）");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "记录会议" })).ToHaveCountAsync(0);
    }
}
