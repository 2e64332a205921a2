namespace Responsibility.Browser.Tests;

using System.Text.Json.Nodes;
using Microsoft.Playwright;

/// <summary>管理 → 年度任务 → 修改: every field an Admin may change, with 保存 and 取消 apart.</summary>
[Collection(BrowserCollection.Name)]
public sealed class EditTaskPageTests(BrowserFixture browser)
{
    [Fact]
    public async Task AdminChangesUnitLeaderDutyLineCategoryWeightAndDatesOfATask()
    {
        var brigade = await TestBrigade.Create(browser);
        var page = await browser.SignIn(brigade.Username("clerk"), TestBrigade.Password);
        await page.GotoAsync($"/b/{brigade.Id}/admin/tasks/{brigade.FazhiTask}");
        var year = DateTime.UtcNow.Year;

        await page.GetByLabel("类别").FillAsync("执法规范化");
        await page.GetByLabel("承办单位").SelectOptionAsync(new SelectOptionValue { Label = "宣传中队" });
        await page.GetByLabel("分管领导").SelectOptionAsync(new SelectOptionValue { Label = "默认（分管该单位的领导）" });
        await page.GetByLabel("一岗双责").SelectOptionAsync("Accountability");
        await page.GetByLabel("计量单位").FillAsync("期");
        await page.GetByLabel("权重").FillAsync("2");
        await page.GetByLabel("开始日期").FillAsync($"{year}-03-01");
        await page.GetByLabel("截止日期").FillAsync($"{year}-11-30");
        await page.GetByLabel("指标代码（可选，同一指标的任务填写相同代码）").FillAsync("checks");
        var save = await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).BoundingBoxAsync();
        var cancel = await page.GetByRole(AriaRole.Link, new() { Name = "取消" }).BoundingBoxAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Assertions.Expect(page.Locator(".notice")).ToContainTextAsync("已保存");
        var task = JsonNode.Parse(await (await page.APIRequest.GetAsync($"/api/v1/tasks/{brigade.FazhiTask}")).TextAsync())!;

        Assert.True(cancel!.X - (save!.X + save.Width) >= 8, "保存 and 取消 stand apart");
        Assert.Equal("执法规范化", (string)task["category"]!);
        Assert.Equal(("xuanchuan", "zhao", "Accountability"), ((string)task["unitId"]!, (string)task["leaderId"]!, (string)task["dutyLine"]!));
        Assert.Equal(("期", 2.0), ((string)task["metric"]!["unitLabel"]!, (double)task["weight"]!));
        Assert.Equal(($"{year}-03-01", $"{year}-11-30", "checks"), ((string)task["start"]!, (string)task["due"]!, (string)task["indicatorCode"]!));
    }
}
