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
}
