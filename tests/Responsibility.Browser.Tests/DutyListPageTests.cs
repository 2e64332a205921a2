namespace Responsibility.Browser.Tests;

using Microsoft.Playwright;

/// <summary>The 责任清单 page: the office copies last year's list in one action, edits an item, and is told why an item with records stays.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DutyListPageTests(BrowserFixture browser)
{
    private static readonly int Year = BrigadeToday.Date.Year;

    [Fact]
    public async Task OfficeClerkCopiesLastYearsListAndEditsAnItem()
    {
        var brigade = await TestBrigade.Create(browser);
        await brigade.PutDutyItem(Year - 1, "tanhua", "开展谈心谈话");
        var page = await browser.SignIn(brigade.Username("clerk"), TestBrigade.Password);
        page.Dialog += (_, dialog) => _ = dialog.AcceptAsync();
        await page.GotoAsync($"/b/{brigade.Id}/duties/{Year}");

        await page.GetByRole(AriaRole.Button, new() { Name = "复制上一年度" }).ClickAsync();
        await Assertions.Expect(page.Locator(".notice")).ToContainTextAsync($"已复制 {Year - 1} 年度清单");
        var row = page.Locator("tr[data-item=tanhua]");
        await Assertions.Expect(row).ToContainTextAsync("开展谈心谈话");
        await Assertions.Expect(row).ToContainTextAsync("每月");
        await Assertions.Expect(row).ToContainTextAsync("全体班子成员");

        await row.GetByRole(AriaRole.Link, new() { Name = "修改", Exact = true }).ClickAsync();
        await page.FillAsync("#item-title", "开展谈心谈话（每季度覆盖全体民警）");
        await page.SelectOptionAsync("#item-cadence", "Quarterly");
        await page.GetByLabel("宣传中队").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();

        await Assertions.Expect(page.Locator(".notice")).ToContainTextAsync("清单事项已修改。");
        await Assertions.Expect(row).ToContainTextAsync("开展谈心谈话（每季度覆盖全体民警）");
        await Assertions.Expect(row).ToContainTextAsync("每季度");
        await Assertions.Expect(row).ToContainTextAsync("宣传中队");
        await Assertions.Expect(page.Locator("tr[data-item]")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task AnItemWithoutAnAssigneeIsRefusedBesideTheFormAndNothingIsAdded()
    {
        var brigade = await TestBrigade.Create(browser);
        var page = await browser.SignIn(brigade.Username("clerk"), TestBrigade.Password);
        await page.GotoAsync($"/b/{brigade.Id}/duties/{Year}");

        await page.FillAsync("#item-section", "第一责任人职责");
        await page.FillAsync("#item-title", "主持研究法治建设工作");
        await page.SelectOptionAsync("#item-line", "Accountability");
        await page.SelectOptionAsync("#item-cadence", "HalfYearly");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();

        await Assertions.Expect(page.Locator("#item-form")).ToContainTextAsync("须指定责任主体");
        await Assertions.Expect(page.Locator("tr[data-item]")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task RemovingAnItemSomeoneRecordedAgainstIsRefusedWithTheReason()
    {
        var brigade = await TestBrigade.Create(browser);
        await brigade.PutDutyItem(Year, "tanhua", "开展谈心谈话");
        var today = BrigadeToday.Date;
        await brigade.RecordDuty("zhao", new
        {
            kind = "Talk", occurredOn = today.ToString("yyyy-MM-dd"), content = "与宣传中队民警谈心", leaderId = "zhao",
            slotIds = new[] { $"tanhua:{today:yyyy-MM}" },
        });
        var page = await browser.SignIn(brigade.Username("clerk"), TestBrigade.Password);
        page.Dialog += (_, dialog) => _ = dialog.AcceptAsync();
        await page.GotoAsync($"/b/{brigade.Id}/duties/{Year}");

        await page.Locator("tr[data-item=tanhua]").GetByRole(AriaRole.Button, new() { Name = "删除" }).ClickAsync();

        await Assertions.Expect(page.Locator("#items .error")).ToContainTextAsync("该事项已有履责记录，不能删除");
        await Assertions.Expect(page.Locator("tr[data-item=tanhua]")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task LeaderReadsTheListButIsNotOfferedTheForms()
    {
        var brigade = await TestBrigade.Create(browser);
        await brigade.PutDutyItem(Year, "tanhua", "开展谈心谈话");
        var page = await browser.SignIn(brigade.Username("zhao"), TestBrigade.Password);

        await page.GotoAsync($"/b/{brigade.Id}/duties/{Year}");

        await Assertions.Expect(page.Locator("tr[data-item=tanhua]")).ToContainTextAsync("开展谈心谈话");
        await Assertions.Expect(page.Locator("#item-form")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "修改", Exact = true })).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "导出Excel" })).ToHaveAttributeAsync(
            "href", $"/api/v1/brigades/{brigade.Id}/duties/{Year}/export?format=xlsx");
    }

    [Fact]
    public async Task AnotherBrigadesListIsMissing()
    {
        var brigade = await TestBrigade.Create(browser);
        var page = await browser.SignIn(brigade.Username("clerk"), TestBrigade.Password);

        var response = await page.GotoAsync($"/b/b-nosuchbrigade/duties/{Year}");

        Assert.Equal(404, response!.Status);
        await Assertions.Expect(page.Locator(".problem")).ToContainTextAsync("大队不存在");
    }
}
