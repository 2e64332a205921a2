namespace Responsibility.Browser.Tests;

using Microsoft.Playwright;

/// <summary>责任书: signing one with its scan raises the 签订率 on the dashboard. 廉政风险点: a unit head reads the register but keeps no other unit's rows.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PledgeAndRiskPageTests(BrowserFixture browser)
{
    [Fact]
    public async Task SigningAPledgeWithItsScanRaisesTheSignedRate()
    {
        var brigade = await TestBrigade.Create(browser);
        var year = BrigadeToday.Date.Year;
        var page = await browser.SignIn(brigade.Username("clerk"), TestBrigade.Password);
        await page.GotoAsync($"/b/{brigade.Id}");
        await Assertions.Expect(page.Locator("#signed-rate")).ToContainTextAsync("（0/3）");

        await page.GotoAsync($"/b/{brigade.Id}/pledges/{year}");
        var pledge = $"{brigade.Id}.{year}.wang.leader-zhao";
        var form = page.Locator(".sign-form").Filter(new() { Has = page.Locator($"input[value='{pledge}']") });
        await form.Locator("input[name=Scan]").SetInputFilesAsync(new FilePayload { Name = "责任书签字页.pdf", MimeType = "application/pdf", Buffer = Pdf() });
        await form.GetByRole(AriaRole.Button, new() { Name = "签订", Exact = true }).ClickAsync();

        await Assertions.Expect(page.Locator(".notice")).ToContainTextAsync("已记录王立侠与赵刚的责任书签订。");
        var row = page.Locator($"tr[data-pledge='{pledge}']");
        await Assertions.Expect(row).ToContainTextAsync("已签订（");
        await Assertions.Expect(row.GetByRole(AriaRole.Link, new() { Name = "签订扫描件" })).ToHaveCountAsync(1);
        await Assertions.Expect(row.GetByRole(AriaRole.Link, new() { Name = "下载" })).ToHaveAttributeAsync("href", $"/api/v1/pledges/{pledge}?format=docx");
        await Assertions.Expect(page.Locator("#signed-rate")).ToContainTextAsync("已签订 1 份，共 3 份");
        await page.GotoAsync($"/b/{brigade.Id}");
        await Assertions.Expect(page.Locator("#signed-rate")).ToContainTextAsync("（1/3）");
    }

    [Fact]
    public async Task ASigningDatedInTheFutureIsRefusedBesideItsForm()
    {
        var brigade = await TestBrigade.Create(browser);
        var year = BrigadeToday.Date.Year;
        var page = await browser.SignIn(brigade.Username("clerk"), TestBrigade.Password);
        await page.GotoAsync($"/b/{brigade.Id}/pledges/{year}");
        var form = page.Locator(".sign-form").First;

        await form.Locator("input[name=SignedOn]").FillAsync($"{year + 1}-01-10");
        await form.GetByRole(AriaRole.Button, new() { Name = "签订", Exact = true }).ClickAsync();

        await Assertions.Expect(page.Locator(".sign-form .error").First).ToContainTextAsync("签订日期");
        await Assertions.Expect(page.Locator("#signed-rate")).ToContainTextAsync("已签订 0 份");
    }

    [Fact]
    public async Task LeaderSeesPledgesButNoSigningForm()
    {
        var brigade = await TestBrigade.Create(browser);
        var page = await browser.SignIn(brigade.Username("zhao"), TestBrigade.Password);

        await page.GotoAsync($"/b/{brigade.Id}/pledges");

        await Assertions.Expect(page.Locator("tr[data-pledge]")).ToHaveCountAsync(3);
        await Assertions.Expect(page.Locator(".sign-form")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task OfficeClerkRegistersARiskAndAUnitHeadCannotEditAnotherUnitsRows()
    {
        var brigade = await TestBrigade.Create(browser);
        var year = BrigadeToday.Date.Year;
        var clerk = await browser.SignIn(brigade.Username("clerk"), TestBrigade.Password);
        await clerk.GotoAsync($"/b/{brigade.Id}/risks/{year}");
        await clerk.SelectOptionAsync("#risk-unit", "xuanchuan");
        await clerk.FillAsync("#risk-post", "宣传岗");
        await clerk.FillAsync("#risk-risk", "有偿新闻");
        await clerk.SelectOptionAsync("#risk-level", "High");
        await clerk.FillAsync("#risk-measures", "稿件双人审核，定期公示");
        await clerk.SelectOptionAsync("#risk-leader", "zhao");
        await clerk.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Assertions.Expect(clerk.Locator(".notice")).ToContainTextAsync("风险点已登记。");
        await Assertions.Expect(clerk.Locator("table.risks tbody tr")).ToContainTextAsync("宣传中队");

        var head = await browser.SignIn(brigade.Username("fazhi"), TestBrigade.Password);
        await head.GotoAsync($"/b/{brigade.Id}/risks/{year}");

        var row = head.Locator("table.risks tbody tr");
        await Assertions.Expect(row).ToContainTextAsync("有偿新闻");
        await Assertions.Expect(row).ToContainTextAsync("高");
        await Assertions.Expect(row).ToContainTextAsync("赵刚");
        await Assertions.Expect(head.GetByRole(AriaRole.Link, new() { Name = "修改", Exact = true })).ToHaveCountAsync(0);
        await Assertions.Expect(head.Locator("#risk-form")).ToHaveCountAsync(0);
        var riskId = await row.GetAttributeAsync("data-risk");
        var status = await head.EvaluateAsync<int>(
            """
            async ([url, riskId]) => {
                const body = new FormData();
                body.append('__RequestVerificationToken', document.querySelector('input[name=__RequestVerificationToken]').value);
                for (const [k, v] of [['RiskId', riskId], ['UnitId', 'xuanchuan'], ['Post', '宣传岗'], ['Risk', '已被改写'],
                    ['Level', 'Low'], ['Measures', '无'], ['LeaderId', 'zhao']]) body.append('Input.' + k, v);
                return (await fetch(url, { method: 'POST', body })).status;
            }
            """, new[] { $"/b/{brigade.Id}/risks/{year}", riskId });
        Assert.Equal(403, status);
        await head.ReloadAsync();
        await Assertions.Expect(row).ToContainTextAsync("有偿新闻");
    }

    [Fact]
    public async Task ViewerIsRefusedTheRiskRegister()
    {
        var brigade = await TestBrigade.Create(browser);
        await brigade.PutRisk(BrigadeToday.Date.Year, "r1", "xuanchuan", "有偿新闻");
        var page = await browser.SignIn(brigade.Username("viewer"), TestBrigade.Password);

        var response = await page.GotoAsync($"/b/{brigade.Id}/risks");

        Assert.Equal(403, response!.Status);
        await Assertions.Expect(page.Locator(".problem")).ToContainTextAsync("您没有权限查看此页面");
    }

    private static byte[] Pdf() => [.. "%PDF-1.4\n"u8, .. Enumerable.Repeat((byte)' ', 2048), .. "\n%%EOF\n"u8];
}
