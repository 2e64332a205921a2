namespace Responsibility.Browser.Tests;

using Microsoft.Playwright;

/// <summary>
/// The 整改 loop in the pages: a brigade leader records an inspection and a finding, the unit head reports with a file,
/// the leader closes it (销号) after a refusal without evidence; the 整改台账 lists it and offers its .xlsx.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class InspectionPageTests(BrowserFixture browser)
{
    [Fact]
    public async Task LeaderRecordsAnInspectionAndAFindingTheUnitHeadReportsWithAFileAndTheLeaderClosesIt()
    {
        var brigade = await TestBrigade.Create(browser);
        var leader = await browser.SignIn(brigade.Username("dadui"), TestBrigade.Password);
        await leader.GotoAsync($"/b/{brigade.Id}");
        await leader.GetByRole(AriaRole.Link, new() { Name = "检查整改" }).ClickAsync();

        await leader.FillAsync("#inspection-title", "执法质量检查");
        await leader.GetByLabel("宣传中队").CheckAsync();
        await leader.FillAsync("#inspection-summary", "抽查卷宗20份");
        await leader.GetByRole(AriaRole.Button, new() { Name = "记录检查" }).ClickAsync();
        await Assertions.Expect(leader.Locator(".notice")).ToContainTextAsync("检查已记录");

        await leader.FillAsync("#finding-problem", "卷宗装订不规范");
        await leader.FillAsync("#finding-category", "执法卷宗");
        await leader.SelectOptionAsync("#finding-unit", "xuanchuan");
        await leader.SelectOptionAsync("#finding-leader", "zhao");
        await leader.FillAsync("#finding-measures", "重新装订并组织学习");
        // Due within the first warning (20 days): the unit head's 待办 lists it.
        await leader.FillAsync("#finding-due", BrigadeToday.Date.AddDays(10).ToString("yyyy-MM-dd"));
        await leader.GetByRole(AriaRole.Button, new() { Name = "登记并交办" }).ClickAsync();
        await Assertions.Expect(leader.Locator(".notice")).ToContainTextAsync("整改事项已交办");
        var link = leader.Locator(".findings a", new() { HasText = "卷宗装订不规范" });
        var itemPage = (await link.GetAttributeAsync("href"))!;

        var head = await browser.SignIn(brigade.Username("xuanchuan"), TestBrigade.Password);
        await head.GotoAsync("/inbox");
        await Assertions.Expect(head.Locator($"a[href='{itemPage}']")).ToBeVisibleAsync();
        await head.GotoAsync(itemPage);
        await head.FillAsync("#report-text", "已重新装订，组织学习一次");
        await head.SetInputFilesAsync("#files", new FilePayload { Name = "整改照片.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4\n \n%%EOF\n"u8.ToArray() });
        await head.GetByRole(AriaRole.Button, new() { Name = "报送整改情况" }).ClickAsync();
        await Assertions.Expect(head.Locator(".notice")).ToContainTextAsync("附佐证材料 1 份");
        await Assertions.Expect(head.Locator("#rectification-state")).ToHaveTextAsync("已报送待核查");

        await leader.GotoAsync(itemPage);
        leader.Dialog += (_, dialog) => _ = dialog.AcceptAsync();
        await leader.GetByRole(AriaRole.Button, new() { Name = "销号" }).ClickAsync();
        await Assertions.Expect(leader.Locator("#rectification-state")).ToHaveTextAsync("已销号");
        await Assertions.Expect(leader.Locator(".steps .files li a")).ToHaveTextAsync("整改照片.pdf");

        await leader.GotoAsync($"/b/{brigade.Id}/rectifications?state=Closed");
        await Assertions.Expect(leader.Locator(".rectifications tbody tr")).ToHaveCountAsync(1);
        var export = await leader.Locator("#rectifications-export").GetAttributeAsync("href");
        Assert.Equal(200, (await leader.APIRequest.GetAsync(export!)).Status);
    }

    [Fact]
    public async Task AReportWithoutFilesCannotBeClosedAndTheViewerSeesNoInspections()
    {
        var brigade = await TestBrigade.Create(browser);
        var leader = await browser.SignIn(brigade.Username("dadui"), TestBrigade.Password);
        await leader.GotoAsync($"/b/{brigade.Id}/inspections");
        await leader.GetByLabel("法制室").CheckAsync();
        await leader.FillAsync("#inspection-summary", "抽查");
        await leader.GetByRole(AriaRole.Button, new() { Name = "记录检查" }).ClickAsync();
        await leader.FillAsync("#finding-problem", "执法记录仪未全程开启");
        await leader.FillAsync("#finding-category", "执法记录仪");
        await leader.FillAsync("#finding-measures", "组织学习");
        await leader.GetByRole(AriaRole.Button, new() { Name = "登记并交办" }).ClickAsync();
        var itemPage = (await leader.Locator(".findings a", new() { HasText = "执法记录仪" }).GetAttributeAsync("href"))!;
        var head = await browser.SignIn(brigade.Username("fazhi"), TestBrigade.Password);
        await head.GotoAsync(itemPage);
        await head.FillAsync("#report-text", "已学习");
        await head.GetByRole(AriaRole.Button, new() { Name = "报送整改情况" }).ClickAsync();
        await Assertions.Expect(head.Locator("#rectification-state")).ToHaveTextAsync("已报送待核查");

        await leader.GotoAsync(itemPage);
        leader.Dialog += (_, dialog) => _ = dialog.AcceptAsync();
        await leader.GetByRole(AriaRole.Button, new() { Name = "销号" }).ClickAsync();

        await Assertions.Expect(leader.Locator(".validation-summary-errors")).ToContainTextAsync("销号须有佐证材料");
        await Assertions.Expect(leader.Locator("#rectification-state")).ToHaveTextAsync("已报送待核查");
        var viewer = await browser.SignIn(brigade.Username("viewer"), TestBrigade.Password);
        var refused = await viewer.GotoAsync($"/b/{brigade.Id}/inspections");
        Assert.Equal(403, refused!.Status);
    }
}
