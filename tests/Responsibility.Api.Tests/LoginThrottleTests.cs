namespace Responsibility.Api.Tests;

using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Responsibility.Api.Auth;

/// <summary>The in-memory failed-login counts: fixed windows per account and per address, on a clock the test moves.</summary>
public sealed class LoginThrottleTests
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 30, 1, 0, 0, TimeSpan.Zero));
    private readonly MemoryLoginThrottle throttle;

    public LoginThrottleTests() => throttle = new MemoryLoginThrottle(time, Options.Create(new LoginThrottleOptions
    {
        FailedLoginsPerAccount = 3,
        FailedLoginsPerAddress = 5,
        LoginLockoutMinutes = 15,
    }));

    [Fact]
    public async Task AccountIsLockedForTheRestOfTheWindowOpenedByItsFirstFailure()
    {
        await throttle.Failed("fazhi", "10.0.0.1");
        time.Advance(TimeSpan.FromMinutes(5));
        await Fail("fazhi", "10.0.0.1", times: 2);

        var locked = await throttle.RetryAfter("fazhi", "10.0.0.2");
        time.Advance(TimeSpan.FromMinutes(10));
        var afterWindow = await throttle.RetryAfter("fazhi", "10.0.0.2");

        Assert.Equal(TimeSpan.FromMinutes(10), locked);
        Assert.Null(afterWindow);
    }

    [Fact]
    public async Task FailuresBelowTheLimitLockNothing()
    {
        await Fail("fazhi", "10.0.0.1", times: 2);

        var wait = await throttle.RetryAfter("fazhi", "10.0.0.1");

        Assert.Null(wait);
    }

    [Fact]
    public async Task SuccessClearsTheAccountsCountButNotTheAddresss()
    {
        await Fail("fazhi", "10.0.0.1", times: 2);
        await throttle.Succeeded("fazhi");
        await Fail("fazhi", "10.0.0.1", times: 2);

        var account = await throttle.RetryAfter("fazhi", "10.0.0.9");
        await throttle.Failed("other", "10.0.0.1");
        var address = await throttle.RetryAfter("someone-else", "10.0.0.1");

        Assert.Null(account);
        Assert.NotNull(address);
    }

    [Fact]
    public async Task AddressIsBlockedByFailuresAcrossAccountsWithoutLockingThoseAccountsElsewhere()
    {
        foreach (var username in new[] { "a1", "a2", "a3", "a4", "a5" })
        {
            await throttle.Failed(username, "10.0.0.1");
        }

        var sameAddress = await throttle.RetryAfter("a6", "10.0.0.1");
        var elsewhere = await throttle.RetryAfter("a1", "10.0.0.2");

        Assert.Equal(TimeSpan.FromMinutes(15), sameAddress);
        Assert.Null(elsewhere);
    }

    [Fact]
    public async Task UsernamesDifferingOnlyInCaseShareOneCount()
    {
        await throttle.Failed("FaZhi", "10.0.0.1");
        await throttle.Failed("fazhi ", "10.0.0.2");
        await throttle.Failed("FAZHI", "10.0.0.3");

        var wait = await throttle.RetryAfter("fazhi", "10.0.0.4");

        Assert.NotNull(wait);
    }

    private async Task Fail(string username, string address, int times)
    {
        for (var i = 0; i < times; i++)
        {
            await throttle.Failed(username, address);
        }
    }
}
