namespace Responsibility.Cluster.Tests;

using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;

/// <summary>No api keeps what another would miss: sessions, tokens and failed-login counts are shared through Redis.</summary>
[Collection(ClusterCollection.Name)]
public sealed partial class SharedStateTests(ClusterFixture cluster)
{
    [Fact]
    public async Task FailedLoginsCountAcrossBothApis()
    {
        using var first = new HttpClient { BaseAddress = new Uri(cluster.Apis[0].Url) };
        using var second = new HttpClient { BaseAddress = new Uri(cluster.Apis[1].Url) };

        for (var i = 0; i < 4; i++)
        {
            var client = i % 2 == 0 ? first : second;
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/v1/auth/token", new { username = "keji", password = "wrong-password-" + i })).StatusCode);
        }

        var locked = await first.PostAsJsonAsync("/api/v1/auth/token", new { username = "keji", password = ClusterFixture.DemoPassword });
        var lockedThere = await second.PostAsJsonAsync("/api/v1/auth/token", new { username = "keji", password = ClusterFixture.DemoPassword });

        Assert.Equal(HttpStatusCode.TooManyRequests, locked.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, lockedThere.StatusCode);
        Assert.NotNull(lockedThere.Headers.RetryAfter);
    }

    [Fact]
    public async Task PageSessionFromOneApiIsHonouredByTheOther()
    {
        var cookies = new CookieContainer();
        using var first = new HttpClient(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = new Uri(cluster.Apis[0].Url) };
        var form = await first.GetStringAsync("/login");
        var token = Antiforgery().Match(form).Groups[1].Value;
        var login = await first.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Username"] = "dadui", ["Password"] = ClusterFixture.DemoPassword, ["__RequestVerificationToken"] = token,
        }));
        login.EnsureSuccessStatusCode();
        using var second = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false })
        {
            BaseAddress = new Uri(cluster.Apis[1].Url),
        };
        foreach (Cookie cookie in cookies.GetAllCookies())
        {
            cookies.Add(new Uri(cluster.Apis[1].Url), new Cookie(cookie.Name, cookie.Value, "/"));
        }

        var dashboard = await second.GetAsync("/b/zichuan");

        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        Assert.Contains("淄川大队", await dashboard.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task EverySiloServesItsOwnMetrics()
    {
        using var http = new HttpClient();

        var metrics = await Task.WhenAll(cluster.Silos.Select(s => http.GetStringAsync(s.Url + "/metrics")));

        Assert.All(metrics, m => Assert.Contains("orleans_", m));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Antiforgery();
}
