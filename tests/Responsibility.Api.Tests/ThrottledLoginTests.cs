namespace Responsibility.Api.Tests;

using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Responsibility.Api.Auth;

/// <summary>
/// The token endpoint under failed logins (SPEC §3): 429 with Retry-After for the client that failed, on that account
/// only; nobody's failures stop another client's correct password.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ThrottledLoginTests(SharedApi api)
{
    [Fact]
    public async Task FailuresFromOneClientDoNotStopTheCorrectPasswordFromAnother()
    {
        // Behind a trusted proxy the client is the one X-Forwarded-For names: two clients, one real connection.
        await using var factory = new ApiFactory { Settings = { ["ForwardedHeaders:Enabled"] = "true", ["Auth:LoginBackOffSeconds"] = "600" } };
        factory.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        var brigade = await new ApiBrigade(factory).Create();
        using var guesser = Client(factory, "203.0.113.7");
        using var owner = Client(factory, "198.51.100.9");

        var failures = new List<HttpStatusCode>();
        for (var i = 0; i < 8; i++)
        {
            failures.Add((await Token(guesser, brigade.Username("dadui"), $"guess-number-{i}")).StatusCode);
        }

        var guesserWithTheRightOne = await Token(guesser, brigade.Username("dadui"), ApiBrigade.Password);
        var ownerWithTheRightOne = await Token(owner, brigade.Username("dadui"), ApiBrigade.Password);

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.Unauthorized, 4), .. Enumerable.Repeat(HttpStatusCode.TooManyRequests, 4)], failures);
        Assert.Equal(HttpStatusCode.TooManyRequests, guesserWithTheRightOne.StatusCode);
        Assert.InRange(guesserWithTheRightOne.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 590, 600);
        Assert.Equal("登录失败次数过多，请10分钟后再试。", (await guesserWithTheRightOne.Problem()).Detail);
        Assert.Equal(HttpStatusCode.OK, ownerWithTheRightOne.StatusCode);
    }

    [Fact]
    public async Task ClientSignsInOnceItsGrowingWaitHasPassed()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var factory = new ApiFactory
        {
            TestServices = services => services.AddSingleton<ILoginThrottle>(sp =>
                new MemoryLoginThrottle(clock, sp.GetRequiredService<IOptions<LoginThrottleOptions>>())),
        };
        var client = factory.CreateClient();
        await FailTimes(client, "admin", 4);

        var first = await Token(client, "admin", ApiFactory.AdminPassword);
        clock.Advance(first.Headers.RetryAfter!.Delta!.Value);
        await FailTimes(client, "admin", 1);
        var second = await Token(client, "admin", ApiFactory.AdminPassword);
        clock.Advance(second.Headers.RetryAfter!.Delta!.Value);
        var later = await Token(client, "admin", ApiFactory.AdminPassword);

        Assert.Equal(HttpStatusCode.TooManyRequests, first.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(2), first.Headers.RetryAfter.Delta);
        Assert.Equal(TimeSpan.FromSeconds(4), second.Headers.RetryAfter.Delta);
        Assert.Equal(HttpStatusCode.OK, later.StatusCode);
    }

    [Fact]
    public async Task SuccessfulLoginClearsTheClientsEarlierFailures()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var client = api.Factory.CreateClient();
        var username = brigade.Username("zhao");

        await FailTimes(client, username, 3);
        (await Token(client, username, ApiBrigade.Password)).EnsureSuccessStatusCode();
        await FailTimes(client, username, 3);
        var signIn = await Token(client, username, ApiBrigade.Password);

        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
    }

    [Fact]
    public async Task BlockedAddressStillLetsInTheCorrectPasswordOfAnAccountThatHasNotFailedThere()
    {
        await using var factory = new ApiFactory { Settings = { ["Auth:FailedLoginsPerAddress"] = "3" } };
        var brigade = await new ApiBrigade(factory).Create();
        var client = factory.CreateClient();
        await FailTimes(client, brigade.Username("fazhi"), 1);
        await FailTimes(client, "guess-1", 1);
        await FailTimes(client, "guess-2", 1);

        var failedHere = await Token(client, brigade.Username("fazhi"), ApiBrigade.Password);
        var neverFailedHere = await Token(client, brigade.Username("viewer"), ApiBrigade.Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, failedHere.StatusCode);
        Assert.NotNull(failedHere.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.OK, neverFailedHere.StatusCode);
    }

    private static HttpClient Client(ApiFactory factory, string forwardedFor)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
        return client;
    }

    private static Task<HttpResponseMessage> Token(HttpClient client, string username, string password) =>
        client.PostAsJsonAsync("/api/v1/auth/token", new { username, password });

    private static async Task FailTimes(HttpClient client, string username, int times)
    {
        for (var i = 0; i < times; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await Token(client, username, "not-the-password")).StatusCode);
        }
    }
}
