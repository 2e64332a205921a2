namespace Responsibility.Browser.Tests;

using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

/// <summary>The login form, the role's starting page, and how the cookie and the API's bearer tokens live side by side.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SignInTests(BrowserFixture browser)
{
    [Fact]
    public async Task WrongPasswordShowsOnlyThatUsernameOrPasswordIsWrong()
    {
        var brigade = await TestBrigade.Create(browser);
        var page = await browser.NewPage();
        await page.GotoAsync("/login");

        await page.FillAsync("#username", brigade.Username("fazhi"));
        await page.FillAsync("#password", "not-the-password");
        await page.ClickAsync("button[type=submit]");

        await Assertions.Expect(page.Locator("[role=alert]")).ToHaveTextAsync("用户名或密码错误。");
        Assert.Contains("/login", page.Url);
        Assert.DoesNotContain(await page.Context.CookiesAsync(), c => c.Name == "responsibility.session");
    }

    [Theory]
    [InlineData("fazhi", "/units/fazhi")]
    [InlineData("zhao", "/leaders/zhao")]
    [InlineData("viewer", "")]
    public async Task EachRoleLandsOnItsOwnPage(string account, string path)
    {
        var brigade = await TestBrigade.Create(browser);

        var page = await browser.SignIn(brigade.Username(account), TestBrigade.Password);

        Assert.EndsWith($"/b/{brigade.Id}{path}", page.Url);
        await Assertions.Expect(page.Locator(".topbar .brand")).ToContainTextAsync("淄川大队");
    }

    [Fact]
    public async Task PageSourceCarriesChineseLiterallyNotAsEntities()
    {
        var brigade = await TestBrigade.Create(browser);
        var page = await browser.SignIn(brigade.Username("dadui"), TestBrigade.Password);

        var response = await page.GotoAsync($"/b/{brigade.Id}");
        var html = await response!.TextAsync();

        Assert.Contains("各单位推进情况", html);
        Assert.Contains("法制室", html);
        Assert.DoesNotContain("&#x", html);
    }

    [Fact]
    public async Task ApiCallWithoutATokenIsStillUnauthorizedNotRedirected()
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(browser.BaseUrl) };

        var me = await client.GetAsync("/api/v1/me");
        var page = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.Unauthorized, me.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/login", page.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task TheLoginCookieReadsTheApiButCannotWriteThroughIt()
    {
        var brigade = await TestBrigade.Create(browser);
        var page = await browser.SignIn(brigade.Username("dadui"), TestBrigade.Password);

        var read = await page.APIRequest.GetAsync($"/api/v1/brigades/{brigade.Id}/reports/monthly");
        var write = await page.APIRequest.PostAsync($"/api/v1/brigades/{brigade.Id}/reports/monthly/{DateTime.UtcNow:yyyy-MM}/generate");

        Assert.Equal(200, read.Status);
        Assert.Equal(401, write.Status);
    }

    [Fact]
    public async Task BrowserThatKeepsFailingWaitsWithAChineseMessageAndStatus429EvenForTheRightPassword()
    {
        var brigade = await TestBrigade.Create(browser);
        var page = await browser.NewPage();
        await page.GotoAsync("/login");
        var failures = new List<int>();
        for (var i = 0; i < 4; i++)
        {
            failures.Add((await Submit(page, brigade.Username("zhao"), "not-the-password")).Status);
        }

        var locked = await Submit(page, brigade.Username("zhao"), TestBrigade.Password);

        Assert.Equal([401, 401, 401, 401], failures);
        Assert.Equal(429, locked.Status);
        Assert.NotNull(await locked.HeaderValueAsync("retry-after"));
        await Assertions.Expect(page.Locator("[role=alert]")).ToHaveTextAsync(new Regex("^登录失败次数过多，请\\d+(秒|分钟)后再试。$"));
        Assert.DoesNotContain(await page.Context.CookiesAsync(), c => c.Name == "responsibility.session");
    }

    [Fact]
    public async Task SigningOutEndsACopiedCookieForThePagesAndTheApi()
    {
        var brigade = await TestBrigade.Create(browser);
        var page = await browser.SignIn(brigade.Username("viewer"), TestBrigade.Password);
        var copy = await browser.NewPage();
        await copy.Context.AddCookiesAsync((await page.Context.CookiesAsync()).Select(c => new Microsoft.Playwright.Cookie
        {
            Name = c.Name, Value = c.Value, Domain = c.Domain, Path = c.Path, HttpOnly = c.HttpOnly, SameSite = c.SameSite,
        }));
        await copy.GotoAsync($"/b/{brigade.Id}");
        await Assertions.Expect(copy).ToHaveURLAsync(new Regex($"/b/{brigade.Id}$"));

        await page.ClickAsync("text=退出");
        await copy.GotoAsync($"/b/{brigade.Id}");

        await Assertions.Expect(copy).ToHaveURLAsync(new Regex("/login"));
        Assert.Equal(401, (await copy.APIRequest.GetAsync("/api/v1/me")).Status);
    }

    [Fact]
    public async Task SigningOutEndsTheSession()
    {
        var brigade = await TestBrigade.Create(browser);
        var page = await browser.SignIn(brigade.Username("viewer"), TestBrigade.Password);

        await page.ClickAsync("text=退出");
        await page.GotoAsync($"/b/{brigade.Id}");

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/login"));
    }

    /// <summary>Submits the login form and answers the form's own response (not the page it may redirect to).</summary>
    private static async Task<IResponse> Submit(IPage page, string username, string password)
    {
        await page.FillAsync("#username", username);
        await page.FillAsync("#password", password);
        return await page.RunAndWaitForResponseAsync(
            () => page.ClickAsync("button[type=submit]"), r => r.Request.Method == "POST" && r.Url.Contains("/login"));
    }
}
