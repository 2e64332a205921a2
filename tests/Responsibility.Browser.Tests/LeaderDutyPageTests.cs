namespace Responsibility.Browser.Tests;

using Microsoft.Playwright;

/// <summary>What the system already knows counts on the leader page without retyping: a 批示 issued shows as a 系统记录 linked to it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LeaderDutyPageTests(BrowserFixture browser)
{
    [Fact]
    public async Task AnInstructionIssuedShowsAsASystemRecordLinkedToIt()
    {
        var brigade = await TestBrigade.Create(browser);
        var instruction = await brigade.Instruct("dadui", "fazhi", "请本月内完成执法案卷集中评查");
        var page = await browser.SignIn(brigade.Username("dadui"), TestBrigade.Password);

        await page.GotoAsync($"/b/{brigade.Id}/leaders/wang");

        var record = page.Locator("#records .record").Filter(new() { HasText = "系统记录" });
        await Assertions.Expect(record).ToHaveCountAsync(1);
        await Assertions.Expect(record.GetByRole(AriaRole.Link, new() { Name = "查看批示" })).ToHaveAttributeAsync("href", $"/instructions/{instruction}");
        await page.GetByRole(AriaRole.Link, new() { Name = "廉政档案" }).ClickAsync();
        await Assertions.Expect(page.Locator("#records .record")).ToContainTextAsync("系统记录");
    }
}
