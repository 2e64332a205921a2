namespace Responsibility.Browser.Tests;

using System.Text.RegularExpressions;
using Microsoft.Playwright;

/// <summary>Every form, sent with bad input, answers in plain Chinese: no API field names, no English.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class FormErrorTests(BrowserFixture browser)
{
    [Fact]
    public async Task UnitHeadsFormsAnswerBadInputInPlainChinese()
    {
        var brigade = await TestBrigade.Create(browser);
        var milestone = await brigade.AddTask("FZ-02", "升级执法办案中心", "fazhi", new { kind = "Milestone" });
        await brigade.AddTask("FZ-03", "执法记录仪相符率", "fazhi", new { kind = "Rate", target = 0.9, unitLabel = "%" });
        var page = await browser.SignIn(brigade.Username("fazhi"), TestBrigade.Password);

        await page.GotoAsync($"/tasks/{brigade.FazhiTask}");
        await Submit(page, "提交填报", "请填写数值。");
        await page.FillAsync("#value", "1,5");
        await Submit(page, "提交填报", "不是有效的数字");
        await page.GotoAsync($"/tasks/{milestone}");
        await Submit(page, "提交填报", "请选择完成的节点。");
        await page.GotoAsync($"/b/{brigade.Id}/units/fazhi/report");
        await Submit(page, "提交本月填报", "尚未填写任何任务的数值。");
        await Row(page, "执法质量检查").GetByLabel("情况说明").FillAsync("只写了说明");
        await Row(page, "执法记录仪相符率").GetByLabel("当前值（%）").FillAsync("150");
        await Submit(page, "提交本月填报", "没有填写本次数值");
        await Assertions.Expect(Row(page, "执法记录仪相符率").Locator(".error")).ToHaveTextAsync("须在 0 到 100 之间（按百分数填写，如 87）。");
        await page.GetByLabel("发生日期").FillAsync($"{DateTime.UtcNow.Year + 1}-01-01");
        await Submit(page, "提交本月填报", "发生日期不能晚于今天。");
    }

    [Fact]
    public async Task AdminsFormsAnswerBadInputInPlainChinese()
    {
        var brigade = await TestBrigade.Create(browser);
        var page = await browser.SignIn("admin", BrowserFactory.AdminPassword);

        await page.GotoAsync($"/b/{brigade.Id}/admin");
        await page.Locator("#unit-form").GetByLabel("编号").FillAsync("法制");
        await Submit(page, "保存单位", "只能由小写字母、数字和连字符组成");
        await page.Locator("#unit-form").GetByLabel("编号").FillAsync("keji");
        await page.Locator("#unit-form").GetByLabel("名称").FillAsync("科技信息室");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存单位" }).ClickAsync();
        await Assertions.Expect(page.Locator(".notice")).ToHaveTextAsync("单位已保存。");
        await FillLeader(page, firstResponsible: true, unit: null);
        await Submit(page, "保存班子成员", "已是第一责任人");
        await FillLeader(page, firstResponsible: false, unit: "宣传中队");
        await Submit(page, "保存班子成员", "宣传中队已由赵刚分管。");

        await page.GotoAsync($"/b/{brigade.Id}/admin/tasks");
        await page.GetByLabel("目标值").FillAsync("");
        await Submit(page, "新建任务", "须填写目标值。");
        await page.GetByLabel("任务编号").FillAsync("KJ-01");
        await page.GetByLabel("任务名称").FillAsync("建设指挥平台");
        await page.GetByLabel("类别").FillAsync("科技强警");
        await page.GetByLabel("承办单位").SelectOptionAsync(new SelectOptionValue { Label = "科技信息室" });
        await page.GetByLabel("目标值").FillAsync("3");
        await Submit(page, "新建任务", "科技信息室尚无分管领导，请指定分管领导。");
        await page.GetByLabel("考核方式").SelectOptionAsync(new SelectOptionValue { Label = "比率" });
        await page.GetByLabel("目标值（%）").FillAsync("150");
        await Submit(page, "新建任务", "须大于 0 且不超过 100（按百分数填写，如 90）。");

        await page.GotoAsync($"/b/{brigade.Id}/admin/tasks/{brigade.FazhiTask}");
        await page.GetByLabel("任务名称").FillAsync("");
        await Submit(page, "保存", "不能为空。");
        await page.GetByLabel("任务名称").FillAsync("执法质量检查");
        await page.GetByLabel("目标值").FillAsync("－5");
        await Submit(page, "保存", "须为大于 0 且不超过 10 亿的数。");
    }

    [Fact]
    public async Task NewTaskFormRefusesACountTargetWithAPartBesideTheTargetAndAddsNothing()
    {
        var brigade = await TestBrigade.Create(browser);
        var page = await browser.SignIn("admin", BrowserFactory.AdminPassword);
        await page.GotoAsync($"/b/{brigade.Id}/admin/tasks");

        await page.GetByLabel("任务编号").FillAsync("FZ-09");
        await page.GetByLabel("任务名称").FillAsync("开展执法培训");
        await page.GetByLabel("类别").FillAsync("执法监督");
        await page.GetByLabel("承办单位").SelectOptionAsync(new SelectOptionValue { Label = "法制室" });
        await page.GetByLabel("目标值").FillAsync("2.5");
        await Submit(page, "新建任务", "目标值须为整数");

        await Assertions.Expect(page.Locator("table tbody")).Not.ToContainTextAsync("开展执法培训");
    }

    /// <summary>Sends the form, waits for <paramref name="expected"/>, then checks every error on the page for Latin letters.</summary>
    private static async Task Submit(IPage page, string button, string expected)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator(".error").Filter(new() { HasText = expected }).First).ToBeVisibleAsync();

        var errors = (await page.Locator(".error").AllInnerTextsAsync()).Where(e => e.Trim().Length > 0).ToArray();
        Assert.All(errors, e => Assert.DoesNotMatch(Latin(), e));
    }

    private static async Task FillLeader(IPage page, bool firstResponsible, string? unit)
    {
        var form = page.Locator("#leader-form");
        await form.GetByLabel("编号").FillAsync("li");
        await form.GetByLabel("姓名").FillAsync("李明");
        await form.GetByLabel("职务").FillAsync("副大队长");
        await form.GetByLabel("法治建设第一责任人").SetCheckedAsync(firstResponsible);
        if (unit is not null)
        {
            await form.GetByLabel(unit).CheckAsync();
        }
    }

    private static ILocator Row(IPage page, string title) => page.Locator(".report-row").Filter(new() { HasText = title });

    [GeneratedRegex("[A-Za-z]")]
    private static partial Regex Latin();
}
