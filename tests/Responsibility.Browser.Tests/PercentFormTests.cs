namespace Responsibility.Browser.Tests;

using Microsoft.Playwright;

/// <summary>Rate tasks are typed and read as percentages on every form and page; Count tasks may allow decimals.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PercentFormTests(BrowserFixture browser)
{
    [Fact]
    public async Task RateTargetTypedAsNinetyReadsAsNinetyPercentAndEditsAsAPercentage()
    {
        var brigade = await TestBrigade.Create(browser);
        var admin = await browser.SignIn("admin", BrowserFactory.AdminPassword);
        await admin.GotoAsync($"/b/{brigade.Id}/admin/tasks");

        await NewTask(admin, "FZ-04", "执法记录仪相符率", "比率", "90");

        var row = admin.Locator("tr").Filter(new() { HasText = "FZ-04" });
        await Assertions.Expect(row).ToContainTextAsync("≥ 90%");
        await row.GetByRole(AriaRole.Link, new() { Name = "修改" }).ClickAsync();
        await Assertions.Expect(admin.GetByLabel("目标值（%）")).ToHaveValueAsync("90");
        await admin.GetByLabel("目标值（%）").FillAsync("95");
        await admin.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Assertions.Expect(admin.Locator("tr").Filter(new() { HasText = "FZ-04" })).ToContainTextAsync("≥ 95%");
    }

    [Fact]
    public async Task UnitHeadTypesARateAsAPercentAndReadsItBackAsOne()
    {
        var brigade = await TestBrigade.Create(browser);
        var task = await brigade.AddTask("FZ-04", "执法记录仪相符率", "fazhi", new { kind = "Rate", target = 0.9, unitLabel = "%" });
        var page = await browser.SignIn(brigade.Username("fazhi"), TestBrigade.Password);
        await page.GotoAsync($"/tasks/{task}");

        await page.GetByLabel("当前值（%）").FillAsync("87");
        await page.GetByRole(AriaRole.Button, new() { Name = "提交填报" }).ClickAsync();

        await Assertions.Expect(page.Locator(".entry .value")).ToHaveTextAsync("87%");
        await Assertions.Expect(page.Locator(".summary")).ToContainTextAsync("实际 87% / 目标 ≥ 90%");
        await Assertions.Expect(page.Locator("#task-percent")).ToHaveTextAsync("96.7%");
    }

    [Fact]
    public async Task CountTaskCreatedWithDecimalsAllowedTakesOnePointFive()
    {
        var brigade = await TestBrigade.Create(browser);
        var admin = await browser.SignIn("admin", BrowserFactory.AdminPassword);
        await admin.GotoAsync($"/b/{brigade.Id}/admin/tasks");
        await admin.GetByLabel("允许小数").CheckAsync();
        await NewTask(admin, "FZ-03", "下发执法质量检查通报", "计数", "12");
        var unitHead = await browser.SignIn(brigade.Username("fazhi"), TestBrigade.Password);
        await unitHead.GetByRole(AriaRole.Link, new() { Name = "下发执法质量检查通报" }).ClickAsync();

        await unitHead.FillAsync("#value", "1.5");
        await unitHead.GetByRole(AriaRole.Button, new() { Name = "提交填报" }).ClickAsync();

        await Assertions.Expect(unitHead.Locator(".entry .value")).ToHaveTextAsync("+1.5 期");
        await Assertions.Expect(unitHead.Locator("#task-percent")).ToHaveTextAsync("12.5%");
    }

    private static async Task NewTask(IPage admin, string code, string title, string kind, string target)
    {
        await admin.GetByLabel("任务编号").FillAsync(code);
        await admin.GetByLabel("任务名称").FillAsync(title);
        await admin.GetByLabel("类别").FillAsync("执法监督");
        await admin.GetByLabel("承办单位").SelectOptionAsync(new SelectOptionValue { Label = "法制室" });
        await admin.GetByLabel("考核方式").SelectOptionAsync(new SelectOptionValue { Label = kind });
        await admin.GetByLabel(kind == "比率" ? "目标值（%）" : "目标值").FillAsync(target);
        if (kind == "计数")
        {
            await admin.GetByLabel("计量单位").FillAsync("期");
        }

        await admin.GetByRole(AriaRole.Button, new() { Name = "新建任务" }).ClickAsync();
        await Assertions.Expect(admin.Locator(".notice")).ToContainTextAsync(code);
    }

    [Fact]
    public async Task UnitHeadTypesNinetyThreePercentAndAThousandWithItsSeparatorAsPeopleWriteThem()
    {
        var brigade = await TestBrigade.Create(browser);
        var rate = await brigade.AddTask("FZ-04", "执法记录仪相符率", "fazhi", new { kind = "Rate", target = 0.9, unitLabel = "%" });
        var count = await brigade.AddTask("FZ-06", "查处交通违法", "fazhi", new { kind = "Count", target = 50000, unitLabel = "起" });
        var page = await browser.SignIn(brigade.Username("fazhi"), TestBrigade.Password);

        await page.GotoAsync($"/tasks/{rate}");
        await page.GetByLabel("当前值（%）").FillAsync("93%");
        await page.GetByRole(AriaRole.Button, new() { Name = "提交填报" }).ClickAsync();
        await Assertions.Expect(page.Locator(".entry .value")).ToHaveTextAsync("93%");
        await page.GotoAsync($"/tasks/{count}");
        await page.GetByLabel("本次完成数（起）").FillAsync("1,000");
        await page.GetByRole(AriaRole.Button, new() { Name = "提交填报" }).ClickAsync();

        await Assertions.Expect(page.Locator(".entry .value")).ToHaveTextAsync("+1000 起");
    }
}
