namespace Responsibility.Api.Tests;

using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Responsibility.Api.Auth;

/// <summary>The token endpoint under failed logins: 429 with Retry-After, per account and per address (SPEC §3).</summary>
[Collection(ApiCollection.Name)]
public sealed class ThrottledLoginTests(SharedApi api)
{
    [Fact]
    public async Task OneUsersFailedLoginsLockOnlyThatUserEvenWithTheRightPassword()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var client = api.Factory.CreateClient();
        var failures = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            failures.Add((await Token(client, brigade.Username("fazhi"), "not-the-password")).StatusCode);
        }

        var locked = await Token(client, brigade.Username("fazhi"), ApiBrigade.Password);
        var other = await Token(client, brigade.Username("viewer"), ApiBrigade.Password);

        Assert.All(failures, status => Assert.Equal(HttpStatusCode.Unauthorized, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, locked.StatusCode);
        Assert.Equal(429, (await locked.Problem()).Status);
        Assert.True(locked.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task SuccessfulLoginClearsTheAccountsEarlierFailures()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var client = api.Factory.CreateClient();
        var username = brigade.Username("zhao");

        await FailTimes(client, username, 4);
        (await Token(client, username, ApiBrigade.Password)).EnsureSuccessStatusCode();
        await FailTimes(client, username, 4);
        var signIn = await Token(client, username, ApiBrigade.Password);

        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
    }

    [Fact]
    public async Task LockedAccountSignsInOnceTheWindowHasPassed()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var factory = new ApiFactory
        {
            TestServices = services => services.AddSingleton<ILoginThrottle>(sp =>
                new MemoryLoginThrottle(clock, sp.GetRequiredService<IOptions<LoginThrottleOptions>>())),
        };
        var client = factory.CreateClient();
        await FailTimes(client, "admin", 5);

        var locked = await Token(client, "admin", ApiFactory.AdminPassword);
        clock.Advance(TimeSpan.FromMinutes(15));
        var later = await Token(client, "admin", ApiFactory.AdminPassword);

        Assert.Equal(HttpStatusCode.TooManyRequests, locked.StatusCode);
        Assert.Equal(HttpStatusCode.OK, later.StatusCode);
    }

    [Fact]
    public async Task FailuresAcrossAccountsFromOneAddressBlockThatAddress()
    {
        await using var factory = new ApiFactory
        {
            Settings = { ["Auth:FailedLoginsPerAddress"] = "3", ["Auth:FailedLoginsPerAccount"] = "100" },
        };
        var client = factory.CreateClient();
        foreach (var username in new[] { "guess-1", "guess-2", "guess-3" })
        {
            await Token(client, username, "not-the-password");
        }

        var blocked = await Token(client, "admin", ApiFactory.AdminPassword);

        Assert.Equal(HttpStatusCode.TooManyRequests, blocked.StatusCode);
        Assert.NotNull(blocked.Headers.RetryAfter);
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
