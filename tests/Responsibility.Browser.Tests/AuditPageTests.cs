namespace Responsibility.Browser.Tests;

using Microsoft.Playwright;

/// <summary>操作记录: the brigade leader reads every change, filters it, and reaches a task's record from its page.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AuditPageTests(BrowserFixture browser)
{
    [Fact]
    public async Task BrigadeLeaderReadsChangesNewestFirstFiltersThemAndOpensATasksRecord()
    {
        var brigade = await TestBrigade.Create(browser);
        var entry = await brigade.Report("fazhi", brigade.FazhiTask, 3);
        await brigade.Return("dadui", brigade.FazhiTask, entry, "佐证材料不全");
        var page = await browser.SignIn(brigade.Username("dadui"), TestBrigade.Password);

        await page.GetByRole(AriaRole.Link, new() { Name = "操作记录" }).ClickAsync();

        var rows = page.Locator("table.audit tbody tr");
        await Assertions.Expect(rows.First).ToContainTextAsync("退回填报");
        await Assertions.Expect(rows.First).ToContainTextAsync("佐证材料不全");
        await Assertions.Expect(rows.First).ToContainTextAsync("王立侠");
        await Assertions.Expect(rows.Nth(1)).ToContainTextAsync("填报进度");
        await Assertions.Expect(rows.Nth(1)).ToContainTextAsync("孙建华");
        await Assertions.Expect(page.Locator("table.audit")).ToContainTextAsync("新建单位");

        await page.SelectOptionAsync("select[name=kind]", "ProgressReported");
        await page.GetByRole(AriaRole.Button, new() { Name = "筛选" }).ClickAsync();
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await Assertions.Expect(rows.First).ToContainTextAsync("+3 次");

        await page.GotoAsync($"/tasks/{brigade.FazhiTask}");
        await page.ClickAsync("#task-audit");
        await Assertions.Expect(rows).ToHaveCountAsync(3);
        await Assertions.Expect(page.Locator("table.audit")).Not.ToContainTextAsync("新建单位");
    }

    [Fact]
    public async Task ChangeTextWrapsInsideThePageAndThePersonFilterListsPeopleByName()
    {
        var brigade = await TestBrigade.Create(browser);
        var entry = await brigade.Report("fazhi", brigade.FazhiTask, 3);
        await brigade.Return("dadui", brigade.FazhiTask, entry, string.Concat(Enumerable.Repeat("自查报告过于简单，请逐项列明存在问题和整改措施。", 8)));
        var page = await browser.SignIn(brigade.Username("dadui"), TestBrigade.Password, width: 1366);

        await page.GotoAsync($"/b/{brigade.Id}/audit");
        var widths = await page.EvaluateAsync<int[]>("() => { const t = document.querySelector('table.audit'); return [t.scrollWidth, t.closest('.scroll').clientWidth]; }");
        await page.SelectOptionAsync("select[name=actor]", new SelectOptionValue { Label = "孙建华" });
        await page.GetByRole(AriaRole.Button, new() { Name = "筛选" }).ClickAsync();

        Assert.True(widths[0] <= widths[1], $"the trail is {widths[0]} px wide in a {widths[1]} px box");
        var rows = page.Locator("table.audit tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await Assertions.Expect(rows.First).ToContainTextAsync("孙建华");
        await Assertions.Expect(page.Locator("select[name=actor] option:checked")).ToHaveTextAsync("孙建华");
    }

    [Fact]
    public async Task ViewerHasNoAuditLinkAndIsRefusedThePage()
    {
        var brigade = await TestBrigade.Create(browser);
        var page = await browser.SignIn(brigade.Username("viewer"), TestBrigade.Password);

        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "操作记录" })).ToHaveCountAsync(0);
        var response = await page.GotoAsync($"/b/{brigade.Id}/audit");

        Assert.Equal(403, response!.Status);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("没有权限");
    }
}
