namespace Responsibility.Api.Tests;

using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Behind a reverse proxy that terminates HTTPS, the session cookie is marked Secure — only when the operator said
/// the proxy is trusted (<c>ForwardedHeaders:Enabled</c>), since any client can send the header itself.
/// Real Kestrel on loopback, so the proxy's address is what a real proxy's would be.
/// </summary>
public sealed partial class ProxyTests
{
    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public async Task SessionCookieIsSecureWhenATrustedProxySaysHttps(bool trustProxy, bool secure)
    {
        await using var factory = new ApiFactory();
        factory.Settings["ForwardedHeaders:Enabled"] = trustProxy ? "true" : "false";
        factory.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var http = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false })
        {
            BaseAddress = new Uri(address),
        };
        http.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");

        var form = await http.GetAsync("/login");
        var token = Token().Match(await form.Content.ReadAsStringAsync()).Groups[1].Value;
        var login = new HttpRequestMessage(HttpMethod.Post, "/login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Username"] = "admin", ["Password"] = ApiFactory.AdminPassword, ["__RequestVerificationToken"] = token,
            }),
        };
        login.Headers.Add("Cookie", string.Join("; ", form.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0])));
        var answer = await http.SendAsync(login);

        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        var session = answer.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("responsibility.session=", StringComparison.Ordinal));
        Assert.Equal(secure, session.Split(';').Any(part => part.Trim().Equals("secure", StringComparison.OrdinalIgnoreCase)));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
