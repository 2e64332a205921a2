namespace Responsibility.Browser.Tests;

using System.Text.Json.Nodes;
using Microsoft.Playwright;

/// <summary>What the task page's report form does with awkward input: "1,5", an unusually large figure, a pasted control character.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ProgressFormTests(BrowserFixture browser)
{
    [Fact]
    public async Task CommaDecimalGetsAChineseErrorAndStoresNothing()
    {
        var brigade = await TestBrigade.Create(browser);
        var page = await browser.SignIn(brigade.Username("fazhi"), TestBrigade.Password);
        await page.GotoAsync($"/tasks/{brigade.FazhiTask}");

        await page.FillAsync("#value", "1,5");
        await page.GetByRole(AriaRole.Button, new() { Name = "提交填报" }).ClickAsync();

        await Assertions.Expect(page.Locator("#value + .field-validation-error")).ToContainTextAsync("小数请用小数点");
        await Assertions.Expect(page.Locator("#value")).ToHaveValueAsync("1,5");
        await Assertions.Expect(page.Locator("#task-percent")).ToHaveTextAsync("0.0%");
        await Assertions.Expect(page.Locator(".entry")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task EntryAboveTwiceTheTargetIsStoredOnceAfterConfirming()
    {
        var brigade = await TestBrigade.Create(browser);
        var page = await browser.SignIn(brigade.Username("fazhi"), TestBrigade.Password);
        await page.GotoAsync($"/tasks/{brigade.FazhiTask}");

        await page.FillAsync("#value", "25");
        await page.GetByRole(AriaRole.Button, new() { Name = "提交填报" }).ClickAsync();
        await Assertions.Expect(page.Locator("#value ~ .field-validation-error")).ToContainTextAsync("两倍");
        await Assertions.Expect(page.Locator(".entry")).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Button, new() { Name = "请确认" }).ClickAsync();

        await Assertions.Expect(page.Locator("#task-percent")).ToHaveTextAsync("100.0%");
        await Assertions.Expect(page.Locator(".entry .value")).ToHaveTextAsync("+25 次");
    }

    [Fact]
    public async Task EntryTakingTheTotalPastTheTargetAsksToConfirmFirst()
    {
        var brigade = await TestBrigade.Create(browser);
        await brigade.Report("fazhi", brigade.FazhiTask, 9);
        var page = await browser.SignIn(brigade.Username("fazhi"), TestBrigade.Password);
        await page.GotoAsync($"/tasks/{brigade.FazhiTask}");

        await page.FillAsync("#value", "4");
        await page.GetByRole(AriaRole.Button, new() { Name = "提交填报" }).ClickAsync();
        await Assertions.Expect(page.Locator("#value ~ .field-validation-error")).ToContainTextAsync("本次填报后累计 13 次，超过年度目标 10 次");
        await Assertions.Expect(page.Locator(".entry")).ToHaveCountAsync(1);
        await page.GetByRole(AriaRole.Button, new() { Name = "请确认" }).ClickAsync();

        await Assertions.Expect(page.Locator(".entry")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator(".entry .value").First).ToHaveTextAsync("+4 次");
    }

    [Fact]
    public async Task NoteWithAVerticalTabIsStoredWithALineBreakInstead()
    {
        var brigade = await TestBrigade.Create(browser);
        var page = await browser.SignIn(brigade.Username("fazhi"), TestBrigade.Password);
        await page.GotoAsync($"/tasks/{brigade.FazhiTask}");
        await page.FillAsync("#value", "2");

        // What Word pastes for a soft line break; set directly, as typing cannot enter it.
        var typed = await page.EvalOnSelectorAsync<string>("#note", "n => (n.value = '第一行\\u000b第二行\\u0007', n.value)");
        await page.GetByRole(AriaRole.Button, new() { Name = "提交填报" }).ClickAsync();
        await Assertions.Expect(page.Locator(".entry")).ToHaveCountAsync(1);
        var stored = await page.APIRequest.GetAsync($"/api/v1/tasks/{brigade.FazhiTask}/progress");

        Assert.Contains('\v', typed);
        var entries = JsonNode.Parse(await stored.TextAsync())!.AsArray();
        Assert.Equal("第一行\n第二行", (string?)entries.Single()!["note"]);
    }
}
