namespace Responsibility.Browser.Tests;

using Microsoft.Playwright;

/// <summary>
/// 延期申请 through the pages: 宣传中队's head asks from the task page, 赵刚 (its 分管领导) grants it on the extensions
/// page, and the task shows its current and its original due date.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ExtensionPageTests(BrowserFixture browser)
{
    [Fact]
    public async Task UnitHeadAsksTheLeaderGrantsAndTheTaskShowsBothDates()
    {
        var brigade = await TestBrigade.Create(browser);
        var original = new DateOnly(DateTime.UtcNow.Year, 12, 31);
        var asked = original.AddDays(20).ToString("yyyy-MM-dd");
        var granted = original.AddDays(15).ToString("yyyy-MM-dd");
        var head = await browser.SignIn(brigade.Username("xuanchuan"), TestBrigade.Password);
        await head.GotoAsync($"/tasks/{brigade.XuanchuanTask}");
        await head.ClickAsync("#ask-extension");
        await head.FillAsync("#proposed-due", asked);
        await head.FillAsync("#reason", "年底集中宣传活动因雨雪天气推迟");
        await head.FillAsync("#progress", "已完成 12 个村");
        await head.GetByRole(AriaRole.Button, new() { Name = "提交申请" }).ClickAsync();
        await Assertions.Expect(head.Locator("#mine")).ToContainTextAsync("待审批");

        var zhao = await browser.SignIn(brigade.Username("zhao"), TestBrigade.Password);
        await zhao.GotoAsync("/inbox");
        await Assertions.Expect(zhao.Locator("main")).ToContainTextAsync("延期申请");
        await zhao.GotoAsync($"/b/{brigade.Id}/extensions");
        await Assertions.Expect(zhao.Locator("#to-decide")).ToContainTextAsync("年底集中宣传活动因雨雪天气推迟");
        await zhao.Locator("#to-decide input[name=GrantedDue]").FillAsync(granted);
        await zhao.GetByRole(AriaRole.Button, new() { Name = "批准", Exact = true }).ClickAsync();
        await Assertions.Expect(zhao.Locator("#to-decide")).ToContainTextAsync("没有等待您审批的延期申请。");

        await head.GotoAsync($"/tasks/{brigade.XuanchuanTask}");
        await Assertions.Expect(head.Locator(".facts")).ToContainTextAsync(granted);
        await Assertions.Expect(head.Locator("#original-due")).ToContainTextAsync(original.ToString("yyyy-MM-dd"));
        await head.GotoAsync($"/b/{brigade.Id}/extensions");
        await Assertions.Expect(head.Locator("#mine")).ToContainTextAsync($"已批准，延期至 {granted}");
    }

    [Fact]
    public async Task UnitHeadAsksFromTheRectificationPageWithAFileAndTheGrantMovesItsDate()
    {
        var brigade = await TestBrigade.Create(browser);
        var leader = await browser.SignIn(brigade.Username("dadui"), TestBrigade.Password);
        await leader.GotoAsync($"/b/{brigade.Id}/inspections");
        await leader.FillAsync("#inspection-title", "执法质量检查");
        await leader.GetByLabel("宣传中队").CheckAsync();
        await leader.FillAsync("#inspection-summary", "抽查卷宗20份");
        await leader.GetByRole(AriaRole.Button, new() { Name = "记录检查" }).ClickAsync();
        await leader.FillAsync("#finding-problem", "卷宗装订不规范");
        await leader.FillAsync("#finding-category", "执法卷宗");
        await leader.SelectOptionAsync("#finding-unit", "xuanchuan");
        await leader.SelectOptionAsync("#finding-leader", "zhao");
        await leader.FillAsync("#finding-measures", "重新装订并组织学习");
        var original = BrigadeToday.Date.AddDays(10);
        await leader.FillAsync("#finding-due", original.ToString("yyyy-MM-dd"));
        await leader.GetByRole(AriaRole.Button, new() { Name = "登记并交办" }).ClickAsync();
        var itemPage = (await leader.Locator(".findings a", new() { HasText = "卷宗装订不规范" }).GetAttributeAsync("href"))!;

        var head = await browser.SignIn(brigade.Username("xuanchuan"), TestBrigade.Password);
        await head.GotoAsync(itemPage);
        await head.ClickAsync("#ask-extension");
        await head.FillAsync("#proposed-due", original.AddDays(20).ToString("yyyy-MM-dd"));
        await head.FillAsync("#reason", "涉及案卷需调取原始视频重新核对");
        await head.SetInputFilesAsync("#files", new FilePayload { Name = "核对进度表.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4\n \n%%EOF\n"u8.ToArray() });
        await head.GetByRole(AriaRole.Button, new() { Name = "提交申请" }).ClickAsync();
        await Assertions.Expect(head.Locator("#mine")).ToContainTextAsync("待审批");
        var mine = await (await head.APIRequest.GetAsync("/api/v1/me/extensions")).TextAsync();
        Assert.Contains("核对进度表.pdf", mine);

        var zhao = await browser.SignIn(brigade.Username("zhao"), TestBrigade.Password);
        await zhao.GotoAsync($"/b/{brigade.Id}/extensions");
        await zhao.Locator("#to-decide input[name=GrantedDue]").FillAsync(original.AddDays(15).ToString("yyyy-MM-dd"));
        await zhao.GetByRole(AriaRole.Button, new() { Name = "批准", Exact = true }).ClickAsync();
        await Assertions.Expect(zhao.Locator("#to-decide")).ToContainTextAsync("没有等待您审批的延期申请。");

        await head.GotoAsync(itemPage);
        await Assertions.Expect(head.Locator(".facts")).ToContainTextAsync($"{original.AddDays(15):yyyy-MM-dd}（延期 1 次）");
        await Assertions.Expect(head.Locator(".facts")).ToContainTextAsync(original.ToString("yyyy-MM-dd"));
    }
}
