namespace Responsibility.Browser.Tests;

using Microsoft.Playwright;
using Responsibility.Reports.Ledger;

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
    public async Task OfficeClerkImportsASheetAfterItsBadRowIsNamedByRowAndColumn()
    {
        var brigade = await TestBrigade.Create(browser);
        var page = await browser.SignIn(brigade.Username("clerk"), TestBrigade.Password);
        await page.GotoAsync($"/b/{brigade.Id}/duties/{Year}");
        string[] talk = ["talk", "班子成员一岗双责", "开展谈心谈话", "", "党风廉政建设", "每季度", "", "谈话记录", "全体班子成员", ""];

        await page.SetInputFilesAsync("#duties-file", Sheet(talk, ["walk", "班子成员一岗双责", "走访", "", "党风廉政建设", "每天", "", "", "全体班子成员", ""]));
        await page.Locator("#import").GetByRole(AriaRole.Button, new() { Name = "导入" }).ClickAsync();
        var problems = page.Locator("#ledger-problems tbody tr");
        await Assertions.Expect(problems).ToHaveCountAsync(1);
        await Assertions.Expect(problems.First).ToContainTextAsync("F3");
        await Assertions.Expect(page.Locator("tr[data-item]")).ToHaveCountAsync(0);

        await page.SetInputFilesAsync("#duties-file", Sheet(talk));
        await page.Locator("#import").GetByRole(AriaRole.Button, new() { Name = "导入" }).ClickAsync();
        await Assertions.Expect(page.Locator(".notice")).ToHaveTextAsync("责任清单已导入：新增 1 项，修改 0 项，0 项未变。");
        await Assertions.Expect(page.Locator("tr[data-item=talk]")).ToContainTextAsync("每季度");
    }

    [Fact]
    public async Task OfficeClerkHangsTasksUnderAnItemByTheirCodesAndAnUnknownCodeIsRefused()
    {
        var brigade = await TestBrigade.Create(browser);
        await brigade.PutDutyItem(Year, "tanhua", "开展谈心谈话");
        var page = await browser.SignIn(brigade.Username("clerk"), TestBrigade.Password);
        await page.GotoAsync($"/b/{brigade.Id}/duties/{Year}?edit=tanhua");

        await page.FillAsync("#item-tasks", "FZ-01、FZ-99");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Assertions.Expect(page.Locator("#item-form")).ToContainTextAsync($"{Year} 年没有编号为“FZ-99”的任务。");
        await Assertions.Expect(page.Locator("tr[data-item=tanhua] .item-tasks")).ToHaveCountAsync(0);

        await page.FillAsync("#item-tasks", "ＦＺ－０１");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Assertions.Expect(page.Locator(".notice")).ToContainTextAsync("清单事项已修改。");
        await Assertions.Expect(page.Locator("tr[data-item=tanhua] .item-tasks")).ToHaveTextAsync("关联任务：FZ-01");
        await page.GotoAsync($"/b/{brigade.Id}/duties/{Year}?edit=tanhua");
        await Assertions.Expect(page.Locator("#item-tasks")).ToHaveValueAsync("FZ-01");
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

    /// <summary>A 责任清单 sheet as the export writes it, one row per array in the columns' order.</summary>
    private static FilePayload Sheet(params string[][] rows) => new()
    {
        Name = "责任清单.xlsx",
        MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        Buffer = LedgerXlsx.Write(new LedgerSheetRows(
            "责任清单", [.. DutyColumns.All.Select(c => (c, 10.0))],
            [.. rows.Select(r => DutyColumns.All.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => (object?)(x.i < r.Length && r[x.i].Length > 0 ? r[x.i] : null)))])),
    };
}
