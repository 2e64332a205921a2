namespace Responsibility.Browser.Tests;

using System.Text.RegularExpressions;
using Microsoft.Playwright;

/// <summary>Reporting progress on the task page, and who sees what afterwards.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ProgressPageTests(BrowserFixture browser)
{
    [Fact]
    public async Task UnitHeadReportsProgressAndSeesTheNewPercentOnTheTaskPage()
    {
        var brigade = await TestBrigade.Create(browser);
        var page = await browser.SignIn(brigade.Username("fazhi"), TestBrigade.Password);
        await page.GetByRole(AriaRole.Link, new() { Name = "执法质量检查" }).ClickAsync();

        await page.FillAsync("#value", "3");
        await page.FillAsync("#note", "完成第一季度执法质量检查");
        await page.GetByRole(AriaRole.Button, new() { Name = "提交填报" }).ClickAsync();

        await Assertions.Expect(page.Locator("#task-percent")).ToHaveTextAsync("30.0%");
        await Assertions.Expect(page.Locator(".entry .value")).ToHaveTextAsync("+3 次");
        await Assertions.Expect(page.Locator(".entry .note")).ToHaveTextAsync("完成第一季度执法质量检查");
    }

    [Fact]
    public async Task UnitHeadSeesAnotherUnitsTaskFiguresButNeitherItsEntriesNorTheReportForm()
    {
        var brigade = await TestBrigade.Create(browser);
        await brigade.Report("xuanchuan", brigade.XuanchuanTask, 40);
        var page = await browser.SignIn(brigade.Username("fazhi"), TestBrigade.Password);

        var response = await page.GotoAsync($"/tasks/{brigade.XuanchuanTask}");

        Assert.Equal(200, response!.Status);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("全年发稿");
        await Assertions.Expect(page.Locator("#task-percent")).ToHaveTextAsync("10.0%");
        await Assertions.Expect(page.Locator("body")).Not.ToContainTextAsync("接口填报");
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("仅承办单位、分管领导和大队领导可以查看");
        await Assertions.Expect(page.Locator("#value")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task ProgressReportedOnTheTaskPageShowsOnTheBrigadeLeadersDashboard()
    {
        var brigade = await TestBrigade.Create(browser);
        var unitHead = await browser.SignIn(brigade.Username("fazhi"), TestBrigade.Password);
        await unitHead.GotoAsync($"/tasks/{brigade.FazhiTask}");
        await unitHead.FillAsync("#value", "4");
        await unitHead.GetByRole(AriaRole.Button, new() { Name = "提交填报" }).ClickAsync();
        await Assertions.Expect(unitHead.Locator("#task-percent")).ToHaveTextAsync("40.0%");

        var leader = await browser.SignIn(brigade.Username("dadui"), TestBrigade.Password);

        Assert.EndsWith($"/b/{brigade.Id}", leader.Url);
        var unitRow = leader.Locator(".bars li").Filter(new() { HasText = "法制室" });
        await Assertions.Expect(unitRow.Locator(".value")).ToHaveTextAsync("40.0%");
        await Assertions.Expect(leader.Locator(".summary .big")).ToHaveTextAsync("20.0%");
    }

    [Fact]
    public async Task ZeroForACountTaskShowsTheErrorBesideTheValueField()
    {
        var brigade = await TestBrigade.Create(browser);
        var page = await browser.SignIn(brigade.Username("fazhi"), TestBrigade.Password);
        await page.GotoAsync($"/tasks/{brigade.FazhiTask}");

        await page.FillAsync("#value", "0");
        await page.GetByRole(AriaRole.Button, new() { Name = "提交填报" }).ClickAsync();

        await Assertions.Expect(page.Locator("#value + .field-validation-error")).ToContainTextAsync("大于 0");
        await Assertions.Expect(page.Locator("#task-percent")).ToHaveTextAsync("0.0%");
        await Assertions.Expect(page.Locator(".entry")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task TheSameReportFormSentTwiceCountsOnce()
    {
        var brigade = await TestBrigade.Create(browser);
        var page = await browser.SignIn(brigade.Username("fazhi"), TestBrigade.Password);
        await page.GotoAsync($"/tasks/{brigade.FazhiTask}");
        await page.FillAsync("#value", "2");

        // Two posts of one rendered form (a double click, a resend after a timeout): same Idempotency-Key.
        await page.EvaluateAsync("""
            async () => {
                const form = document.querySelector('form.report');
                await fetch(form.action, { method: 'POST', body: new FormData(form) });
                await fetch(form.action, { method: 'POST', body: new FormData(form) });
            }
            """);
        await page.ReloadAsync();

        await Assertions.Expect(page.Locator("#task-percent")).ToHaveTextAsync("20.0%");
        await Assertions.Expect(page.Locator(".entry")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task LeaderReturnsAnEntryWhichIsStruckThroughWithTheReasonAndStopsCounting()
    {
        var brigade = await TestBrigade.Create(browser);
        await brigade.Report("xuanchuan", brigade.XuanchuanTask, 100);
        var leader = await browser.SignIn(brigade.Username("zhao"), TestBrigade.Password);
        await leader.GotoAsync($"/tasks/{brigade.XuanchuanTask}");
        await Assertions.Expect(leader.Locator("#task-percent")).ToHaveTextAsync("25.0%");

        await leader.Locator(".entry summary", new() { HasText = "退回" }).ClickAsync();
        await leader.FillAsync("input[name=Reason]", "稿件未在市级以上媒体刊发");
        await leader.GetByRole(AriaRole.Button, new() { Name = "确认退回" }).ClickAsync();

        var entry = leader.Locator(".entry");
        await Assertions.Expect(entry).ToHaveClassAsync(new Regex("returned"));
        await Assertions.Expect(entry.Locator(".what")).ToHaveCSSAsync("text-decoration-line", "line-through");
        await Assertions.Expect(entry.Locator(".return-reason")).ToContainTextAsync("被退回（赵刚，");
        await Assertions.Expect(entry.Locator(".return-reason")).ToContainTextAsync("稿件未在市级以上媒体刊发");
        await Assertions.Expect(leader.Locator("#task-percent")).ToHaveTextAsync("0.0%");
    }

    [Fact]
    public async Task LeadersTaskPutsTheInstructionFormFirstAndReturnIsASmallActionThatAsksForAReasonInChinese()
    {
        var brigade = await TestBrigade.Create(browser);
        await brigade.Report("xuanchuan", brigade.XuanchuanTask, 40);
        await brigade.Report("xuanchuan", brigade.XuanchuanTask, 60);
        var leader = await browser.SignIn(brigade.Username("zhao"), TestBrigade.Password);
        await leader.GotoAsync($"/tasks/{brigade.XuanchuanTask}");

        var instructionsFirst = await leader.EvaluateAsync<bool>(
            "() => !!(document.querySelector('#instructions').compareDocumentPosition(document.querySelector('#entries')) & Node.DOCUMENT_POSITION_FOLLOWING)");
        var visibleReturnButtons = await leader.GetByRole(AriaRole.Button, new() { Name = "确认退回" }).CountAsync();
        await leader.Locator(".entry summary", new() { HasText = "退回" }).First.ClickAsync();
        await leader.GetByRole(AriaRole.Button, new() { Name = "确认退回" }).ClickAsync();

        Assert.True(instructionsFirst, "下达批示 stands before the entries on a leader's task page");
        Assert.Equal(0, visibleReturnButtons);
        await Assertions.Expect(leader.Locator("details.return-action[open] .error")).ToHaveTextAsync("不能为空。");
        await Assertions.Expect(leader.Locator(".entry.returned")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task FinishedMilestoneTaskOffersNoFormToReport()
    {
        var brigade = await TestBrigade.Create(browser);
        var task = await brigade.AddTask("FZ-05", "法制员集中培训", "fazhi", new { kind = "Milestone", stages = new[] { new { name = "完成培训", weight = 1.0 } } });
        await brigade.ReportStage("fazhi", task, 0);
        var head = await browser.SignIn(brigade.Username("fazhi"), TestBrigade.Password);

        await head.GotoAsync($"/tasks/{task}");

        await Assertions.Expect(head.Locator("#stages-done")).ToContainTextAsync("各节点均已完成");
        await Assertions.Expect(head.Locator("select#stage")).ToHaveCountAsync(0);
        await Assertions.Expect(head.GetByRole(AriaRole.Button, new() { Name = "提交填报" })).ToHaveCountAsync(0);
    }
}
