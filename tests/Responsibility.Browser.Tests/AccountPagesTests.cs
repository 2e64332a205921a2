namespace Responsibility.Browser.Tests;

using System.Text.RegularExpressions;
using Microsoft.Playwright;

/// <summary>修改密码 for everyone, and the admin's account list with 停用 / 启用 and password reset.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccountPagesTests(BrowserFixture browser)
{
    private const string NewPassword = "river-stone-bridge-9";

    [Fact]
    public async Task ChangingThePasswordKeepsThisBrowserSignedInAndEndsTheOtherSessions()
    {
        var brigade = await TestBrigade.Create(browser);
        var here = await browser.SignIn(brigade.Username("fazhi"), TestBrigade.Password);
        var there = await browser.SignIn(brigade.Username("fazhi"), TestBrigade.Password);

        await here.Locator(".topbar").GetByRole(AriaRole.Link, new() { Name = "修改密码" }).ClickAsync();
        await ChangePassword(here, TestBrigade.Password, NewPassword, NewPassword);

        await Assertions.Expect(here.Locator("[role=status]")).ToContainTextAsync("密码已修改");
        await here.GotoAsync($"/b/{brigade.Id}/units/fazhi");
        await Assertions.Expect(here).ToHaveURLAsync(new Regex($"/b/{brigade.Id}/units/fazhi$"));
        await there.GotoAsync($"/b/{brigade.Id}/units/fazhi");
        await Assertions.Expect(there).ToHaveURLAsync(new Regex("/login"));
        await browser.SignIn(brigade.Username("fazhi"), NewPassword);
    }

    [Theory]
    [InlineData("not-the-password", NewPassword, NewPassword, "当前密码不正确")]
    [InlineData(TestBrigade.Password, "woaini1314", "woaini1314", "太常见")]
    [InlineData(TestBrigade.Password, NewPassword, "river-stone-bridge-8", "两次输入的新密码不一致")]
    public async Task RefusedPasswordChangeSaysWhyAndKeepsTheOldPassword(string current, string next, string repeat, string why)
    {
        var brigade = await TestBrigade.Create(browser);
        var page = await browser.SignIn(brigade.Username("viewer"), TestBrigade.Password);
        await page.GotoAsync("/account/password");

        await ChangePassword(page, current, next, repeat);

        await Assertions.Expect(page.Locator("form .error").Filter(new() { HasText = why })).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("main form")).Not.ToContainTextAsync("Password");
        await browser.SignIn(brigade.Username("viewer"), TestBrigade.Password);
    }

    [Fact]
    public async Task AdminDisablesAnAccountEndingItsOpenSessionAndEnablesItAgain()
    {
        var brigade = await TestBrigade.Create(browser);
        var viewer = await browser.SignIn(brigade.Username("viewer"), TestBrigade.Password);
        var admin = await browser.SignIn("admin", BrowserFactory.AdminPassword);
        await admin.GotoAsync($"/b/{brigade.Id}/admin/users");
        var row = Row(admin, brigade.Username("viewer"));
        await Assertions.Expect(Row(admin, brigade.Username("fazhi"))).ToContainTextAsync("孙建华");
        await Assertions.Expect(Row(admin, brigade.Username("fazhi"))).ToContainTextAsync("法制室");
        await Assertions.Expect(Row(admin, brigade.Username("dadui"))).ToContainTextAsync("王立侠（大队长）");

        var questions = new List<string>();
        admin.Dialog += (_, dialog) =>
        {
            questions.Add(dialog.Message);
            _ = questions.Count == 1 ? dialog.DismissAsync() : dialog.AcceptAsync();
        };
        await row.GetByRole(AriaRole.Button, new() { Name = "停用" }).ClickAsync();
        await Assertions.Expect(row.Locator(".status")).ToHaveTextAsync("正常");
        await row.GetByRole(AriaRole.Button, new() { Name = "停用" }).ClickAsync();

        await Assertions.Expect(row.Locator(".status")).ToHaveTextAsync("已停用");
        Assert.Equal(2, questions.Count);
        Assert.All(questions, q => Assert.Contains("确定停用宋佳的账号吗", q));
        await viewer.ReloadAsync();
        await Assertions.Expect(viewer).ToHaveURLAsync(new Regex("/login"));
        await row.GetByRole(AriaRole.Button, new() { Name = "启用" }).ClickAsync();
        await Assertions.Expect(row.Locator(".status")).ToHaveTextAsync("正常");
        await browser.SignIn(brigade.Username("viewer"), TestBrigade.Password);
    }

    [Fact]
    public async Task AdminResetsAPasswordThroughTheAccountForm()
    {
        var brigade = await TestBrigade.Create(browser);
        var admin = await browser.SignIn("admin", BrowserFactory.AdminPassword);
        await admin.GotoAsync($"/b/{brigade.Id}/admin/users");
        await Row(admin, brigade.Username("zhao")).GetByRole(AriaRole.Link, new() { Name = "修改" }).ClickAsync();
        await Assertions.Expect(admin.Locator("#user-form [name='Input.DisplayName']")).ToHaveValueAsync("赵刚");

        await admin.FillAsync("#user-form [name='Input.Password']", brigade.Username("zhao") + "-2024");
        await admin.GetByRole(AriaRole.Button, new() { Name = "保存账号" }).ClickAsync();
        await Assertions.Expect(admin.Locator("#user-form .error").Filter(new() { HasText = "密码不能是用户名" })).ToHaveCountAsync(1);
        await admin.FillAsync("#user-form [name='Input.Password']", NewPassword);
        await admin.GetByRole(AriaRole.Button, new() { Name = "保存账号" }).ClickAsync();

        await Assertions.Expect(admin.Locator("[role=status]")).ToContainTextAsync("已保存");
        await browser.SignIn(brigade.Username("zhao"), NewPassword);
    }

    [Fact]
    public async Task SystemAdminCreatesABrigadeFromTheStartPageAndCannotCreateItTwice()
    {
        var id = "new-" + Guid.NewGuid().ToString("N")[..10];
        var admin = await browser.SignIn("admin", BrowserFactory.AdminPassword);

        await CreateBrigade(admin, id);

        await Assertions.Expect(admin).ToHaveURLAsync(new Regex($"/b/{id}/admin$"));
        await Assertions.Expect(admin.Locator("h1")).ToContainTextAsync("博山大队");
        await CreateBrigade(admin, id);
        await Assertions.Expect(admin.Locator("#new-brigade .error").Filter(new() { HasText = "已被使用" })).ToHaveCountAsync(1);
    }

    private static ILocator Row(IPage page, string username) => page.Locator($"#accounts tr[data-username='{username}']");

    private static async Task ChangePassword(IPage page, string current, string next, string repeat)
    {
        await page.FillAsync("#current", current);
        await page.FillAsync("#new", next);
        await page.FillAsync("#repeat", repeat);
        await page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "修改密码" }).ClickAsync();
    }

    private static async Task CreateBrigade(IPage page, string id)
    {
        await page.GotoAsync("/");
        await page.FillAsync("#new-id", id);
        await page.FillAsync("#new-name", "博山大队");
        await page.FillAsync("#new-party", "中共淄博市公安局交通警察支队博山大队总支部委员会");
        await page.FillAsync("#new-detachment", "淄博市公安局交通警察支队");
        await page.GetByRole(AriaRole.Button, new() { Name = "建立大队" }).ClickAsync();
    }
}
