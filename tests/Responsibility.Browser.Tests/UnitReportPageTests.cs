namespace Responsibility.Browser.Tests;

using Microsoft.Playwright;

/// <summary>本月填报: a unit head reports every task of the unit on one page; returned entries show where they live.</summary>
[Collection(BrowserCollection.Name)]
public sealed class UnitReportPageTests(BrowserFixture browser)
{
    [Fact]
    public async Task UnitHeadReportsACountARateAndAMilestoneWithOneSubmit()
    {
        var brigade = await TestBrigade.Create(browser);
        await brigade.AddTask("FZ-02", "执法记录仪相符率", "fazhi", new { kind = "Rate", target = 0.9, unitLabel = "%" });
        await brigade.AddTask("FZ-03", "升级执法办案中心", "fazhi", new { kind = "Milestone", stages = new[] { new { name = "立项", weight = 0.5 }, new { name = "验收", weight = 0.5 } } });
        var page = await browser.SignIn(brigade.Username("fazhi"), TestBrigade.Password);
        await page.ClickAsync(".topbar >> text=本月填报");

        await Row(page, "执法质量检查").GetByLabel("本次完成数（次）").FillAsync("3");
        await Row(page, "执法质量检查").GetByLabel("情况说明").FillAsync("完成三次检查");
        await Row(page, "执法记录仪相符率").GetByLabel("当前值（%）").FillAsync("87");
        await Row(page, "升级执法办案中心").GetByLabel("完成节点").SelectOptionAsync(new SelectOptionValue { Label = "立项" });
        await page.GetByRole(AriaRole.Button, new() { Name = "提交本月填报" }).ClickAsync();

        await Assertions.Expect(page.Locator(".notice")).ToHaveTextAsync("已填报 3 项任务。");
        Assert.EndsWith($"/b/{brigade.Id}/units/fazhi", page.Url);
        await Assertions.Expect(TaskRow(page, "执法质量检查")).ToContainTextAsync("30.0%");
        await Assertions.Expect(TaskRow(page, "执法记录仪相符率")).ToContainTextAsync("96.7%");
        await Assertions.Expect(TaskRow(page, "升级执法办案中心")).ToContainTextAsync("50.0%");
    }

    [Fact]
    public async Task TheSameReportPageSentTwiceCountsOnce()
    {
        var brigade = await TestBrigade.Create(browser);
        var page = await browser.SignIn(brigade.Username("fazhi"), TestBrigade.Password);
        await page.GotoAsync($"/b/{brigade.Id}/units/fazhi/report");
        await Row(page, "执法质量检查").GetByLabel("本次完成数（次）").FillAsync("2");

        await page.EvaluateAsync("""
            async () => {
                const form = document.querySelector('form.unit-report');
                await fetch(form.action, { method: 'POST', body: new FormData(form) });
                await fetch(form.action, { method: 'POST', body: new FormData(form) });
            }
            """);
        await page.GotoAsync($"/b/{brigade.Id}/units/fazhi");

        await Assertions.Expect(TaskRow(page, "执法质量检查")).ToContainTextAsync("20.0%");
    }

    [Fact]
    public async Task ARefusedRowKeepsItsErrorWhileTheOtherRowIsStoredAndConfirmingSendsItOnce()
    {
        var brigade = await TestBrigade.Create(browser);
        await brigade.AddTask("FZ-02", "执法记录仪相符率", "fazhi", new { kind = "Rate", target = 0.9, unitLabel = "%" });
        var page = await browser.SignIn(brigade.Username("fazhi"), TestBrigade.Password);
        await page.GotoAsync($"/b/{brigade.Id}/units/fazhi/report");

        await Row(page, "执法质量检查").GetByLabel("本次完成数（次）").FillAsync("25");
        await Row(page, "执法记录仪相符率").GetByLabel("当前值（%）").FillAsync("87");
        await page.GetByRole(AriaRole.Button, new() { Name = "提交本月填报" }).ClickAsync();
        await Assertions.Expect(Row(page, "执法记录仪相符率").Locator(".stored")).ToHaveTextAsync("已填报 87%");
        await Assertions.Expect(Row(page, "执法质量检查").Locator(".error")).ToContainTextAsync("两倍");
        await Assertions.Expect(Row(page, "执法质量检查").GetByLabel("本次完成数（次）")).ToHaveValueAsync("25");
        await Row(page, "执法质量检查").GetByRole(AriaRole.Button, new() { Name = "请确认" }).ClickAsync();

        await Assertions.Expect(page.Locator(".notice")).ToHaveTextAsync("已填报 1 项任务。");
        await Assertions.Expect(TaskRow(page, "执法质量检查")).ToContainTextAsync("100.0%");
        await Assertions.Expect(TaskRow(page, "执法记录仪相符率")).ToContainTextAsync("96.7%");
    }

    [Fact]
    public async Task ReturnedEntryShowsOnTheUnitPageAndTheTaskPageWithTheReasonAndWhoReturnedIt()
    {
        var brigade = await TestBrigade.Create(browser);
        var entry = await brigade.Report("fazhi", brigade.FazhiTask, 4);
        await brigade.Return("dadui", brigade.FazhiTask, entry, "缺少检查记录");
        var page = await browser.SignIn(brigade.Username("fazhi"), TestBrigade.Password);

        var onUnit = page.Locator("#returned .entry");
        await Assertions.Expect(onUnit).ToContainTextAsync("执法质量检查");
        await Assertions.Expect(onUnit.Locator(".return-reason")).ToContainTextAsync("被退回（王立侠，");
        await Assertions.Expect(onUnit.Locator(".return-reason")).ToContainTextAsync("缺少检查记录");
        await onUnit.GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(page.Locator(".entry .return-reason")).ToContainTextAsync("被退回（王立侠，");
        await Assertions.Expect(page.Locator(".entry .what")).ToContainTextAsync("孙建华 填报于");
    }

    [Fact]
    public async Task ReturnedEntryReportedAgainShowsAsReportedAgainOnTheUnitPage()
    {
        var brigade = await TestBrigade.Create(browser);
        var entry = await brigade.Report("fazhi", brigade.FazhiTask, 4);
        await brigade.Return("dadui", brigade.FazhiTask, entry, "缺少检查记录");
        var page = await browser.SignIn(brigade.Username("fazhi"), TestBrigade.Password);
        await Assertions.Expect(page.Locator("#returned .entry .reported-again")).ToHaveCountAsync(0);

        await brigade.Report("fazhi", brigade.FazhiTask, 4);
        await page.ReloadAsync();

        await Assertions.Expect(page.Locator("#returned .entry .reported-again")).ToContainTextAsync("已重新填报");
    }

    [Fact]
    public async Task OnlyTheUnitsHeadMayOpenItsReportPage()
    {
        var brigade = await TestBrigade.Create(browser);
        var page = await browser.SignIn(brigade.Username("xuanchuan"), TestBrigade.Password);

        var response = await page.GotoAsync($"/b/{brigade.Id}/units/fazhi/report");

        Assert.Equal(403, response!.Status);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("没有权限");
    }

    private static ILocator Row(IPage page, string title) => page.Locator(".report-row").Filter(new() { HasText = title });

    private static ILocator TaskRow(IPage page, string title) => page.Locator("table.tasks tr").Filter(new() { HasText = title });
}
