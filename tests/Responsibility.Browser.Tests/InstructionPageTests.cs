namespace Responsibility.Browser.Tests;

using Microsoft.Playwright;

/// <summary>
/// 批示 from the task page, answered from the unit head's 待办, closed by its author after confirming — and who is offered
/// what, and who the page says will close it.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class InstructionPageTests(BrowserFixture browser)
{
    [Fact]
    public async Task LeaderWritesOnATaskTheUnitHeadAnswersFromTheInboxAndTheLeaderClosesIt()
    {
        var brigade = await TestBrigade.Create(browser);
        var leader = await browser.SignIn(brigade.Username("dadui"), TestBrigade.Password);
        await leader.GotoAsync($"/tasks/{brigade.FazhiTask}");
        await leader.FillAsync("#instruction-text", "请本月内完成对各中队执法案卷的集中评查");
        await leader.GetByRole(AriaRole.Button, new() { Name = "下达批示" }).ClickAsync();
        await Assertions.Expect(leader.Locator("#instruction-status")).ToHaveTextAsync("正在办理");
        var instructionUrl = leader.Url;

        var head = await browser.SignIn(brigade.Username("fazhi"), TestBrigade.Password);
        await head.GotoAsync("/inbox");
        await head.GetByRole(AriaRole.Link, new() { Name = "请本月内完成对各中队执法案卷的集中评查" }).ClickAsync();
        await head.FillAsync("#answer", "已评查案卷 36 卷，发现问题 4 个，均已整改");
        await head.GetByRole(AriaRole.Button, new() { Name = "提交答复" }).ClickAsync();
        await Assertions.Expect(head.Locator("#instruction-status")).ToHaveTextAsync("已答复待办结");

        await leader.GotoAsync(instructionUrl);
        await Assertions.Expect(leader.Locator("#instruction-closer")).ToHaveTextAsync("王立侠（批示人），大队领导亦可办结");
        var questions = new List<string>();
        leader.Dialog += (_, dialog) =>
        {
            questions.Add(dialog.Message);
            _ = questions.Count == 1 ? dialog.DismissAsync() : dialog.AcceptAsync();
        };
        await leader.GetByRole(AriaRole.Button, new() { Name = "办结" }).ClickAsync();
        await Assertions.Expect(leader.Locator("#instruction-status")).ToHaveTextAsync("已答复待办结");
        await leader.GetByRole(AriaRole.Button, new() { Name = "办结" }).ClickAsync();

        await Assertions.Expect(leader.Locator("#instruction-status")).ToHaveTextAsync("已办结");
        Assert.Equal(2, questions.Count);
        Assert.All(questions, q => Assert.Contains("确定办结该批示吗", q));
        await Assertions.Expect(leader.Locator(".steps .note")).ToHaveTextAsync("已评查案卷 36 卷，发现问题 4 个，均已整改");
        await leader.GotoAsync($"/tasks/{brigade.FazhiTask}");
        await Assertions.Expect(leader.Locator("#instructions .badge")).ToHaveTextAsync("已办结");
    }

    [Fact]
    public async Task EmptyInstructionShowsTheErrorBesideTheTextAndIssuesNothing()
    {
        var brigade = await TestBrigade.Create(browser);
        var page = await browser.SignIn(brigade.Username("dadui"), TestBrigade.Password);
        await page.GotoAsync($"/b/{brigade.Id}/units/xuanchuan");

        await page.GetByRole(AriaRole.Button, new() { Name = "下达批示" }).ClickAsync();

        await Assertions.Expect(page.Locator("#instruction-text + .field-validation-error")).ToHaveTextAsync("不能为空。");
        await Assertions.Expect(page.Locator("#instructions")).ToContainTextAsync("本单位尚无领导批示。");
    }

    [Fact]
    public async Task ALeaderIsOfferedTheFormOnlyOnTheUnitsTheySuperviseAndAViewerSeesNoInstructions()
    {
        var brigade = await TestBrigade.Create(browser);
        var zhao = await browser.SignIn(brigade.Username("zhao"), TestBrigade.Password);
        var viewer = await browser.SignIn(brigade.Username("viewer"), TestBrigade.Password);

        await zhao.GotoAsync($"/b/{brigade.Id}/units/xuanchuan");
        await Assertions.Expect(zhao.Locator("#instruction-text")).ToHaveCountAsync(1);
        await zhao.GotoAsync($"/b/{brigade.Id}/units/fazhi");
        await Assertions.Expect(zhao.Locator("#instruction-text")).ToHaveCountAsync(0);
        await viewer.GotoAsync($"/tasks/{brigade.FazhiTask}");
        await Assertions.Expect(viewer.Locator("#instructions")).ToHaveCountAsync(0);
        await Assertions.Expect(viewer.Locator(".topbar")).Not.ToContainTextAsync("待办");
    }

    [Fact]
    public async Task AuthorReopensAClosedInstructionWithAReasonAndItIsBackInTheUnitsInbox()
    {
        var brigade = await TestBrigade.Create(browser);
        var leader = await browser.SignIn(brigade.Username("zhao"), TestBrigade.Password);
        await leader.GotoAsync($"/b/{brigade.Id}/units/xuanchuan");
        await leader.FillAsync("#instruction-text", "加大交通安全宣传进村入户力度");
        await leader.GetByRole(AriaRole.Button, new() { Name = "下达批示" }).ClickAsync();
        leader.Dialog += (_, dialog) => _ = dialog.AcceptAsync();
        await leader.GetByRole(AriaRole.Button, new() { Name = "办结" }).ClickAsync();

        await leader.GetByRole(AriaRole.Button, new() { Name = "重新交办" }).ClickAsync();
        await Assertions.Expect(leader.Locator(".return .field-validation-error")).ToHaveTextAsync("不能为空。");
        await leader.GetByLabel("重新交办的原因").FillAsync("宣传覆盖面不够，请补充");
        await leader.GetByRole(AriaRole.Button, new() { Name = "重新交办" }).ClickAsync();

        await Assertions.Expect(leader.Locator("#instruction-status")).ToHaveTextAsync("正在办理");
        var head = await browser.SignIn(brigade.Username("xuanchuan"), TestBrigade.Password);
        await head.GotoAsync("/inbox");
        await Assertions.Expect(head.Locator(".inbox-item").Filter(new() { HasText = "加大交通安全宣传进村入户力度" })).ToContainTextAsync("批示待答复");
    }
}
