namespace Responsibility.Api.Tests;

using Microsoft.Extensions.Time.Testing;
using Responsibility.Api.Auth;

/// <summary>
/// What every <see cref="ILoginThrottle"/> store does with the same tries, on a clock the test moves: in memory
/// (<see cref="MemoryLoginThrottleTests"/>) and in Redis (<see cref="RedisLoginThrottleTests"/>). Usernames and addresses
/// are fresh per test, since a store may be shared by a class's tests.
/// </summary>
public abstract class LoginThrottleTests
{
    protected static readonly LoginThrottleOptions Settings = new()
    {
        FreeLoginFailures = 3, LoginBackOffSeconds = 2, MaxLoginWaitMinutes = 15, FailedLoginsPerAddress = 12,
    };

    private readonly string account = Fresh("acct");
    private readonly string one = Fresh("10.0.0");
    private readonly string other = Fresh("10.0.1");

    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 30, 1, 0, 0, TimeSpan.Zero));

    protected abstract ILoginThrottle Throttle { get; }

    [Fact]
    public async Task FailuresFromOneClientDoNotMakeAnotherClientWait()
    {
        await Fail(account, one, times: 4);

        var there = await Throttle.Attempt(account, one);
        var elsewhere = await Throttle.Attempt(account, other);

        Assert.NotNull(there);
        Assert.Null(elsewhere);
    }

    [Fact]
    public async Task ClientWaitsLongerWithEachFailurePastTheFreeOnes()
    {
        await Fail(account, one, times: 3);
        var free = await Throttle.Attempt(account, one);
        await Throttle.Failed(one);

        var first = await Throttle.Attempt(account, one);
        Time.Advance(TimeSpan.FromSeconds(2));
        await Fail(account, one, times: 1);
        var second = await Throttle.Attempt(account, one);

        Assert.Null(free);
        Assert.Equal(TimeSpan.FromSeconds(2), first);
        Assert.Equal(TimeSpan.FromSeconds(4), second);
    }

    [Fact]
    public async Task TryStillBeingCheckedCountsAgainstTheNextOne()
    {
        for (var i = 0; i < 4; i++)
        {
            Assert.Null(await Throttle.Attempt(account, one));
        }

        var fifth = await Throttle.Attempt(account, one);

        Assert.NotNull(fifth);
    }

    [Fact]
    public async Task CorrectPasswordForgetsOnlyThatClientsFailures()
    {
        await Fail(account, one, times: 3);
        await Fail(account, other, times: 3);
        await Throttle.Attempt(account, one);
        await Throttle.Succeeded(account, one);

        await Fail(account, one, times: 3);
        await Fail(account, other, times: 1);
        var forgotten = await Throttle.Attempt(account, one);
        var remembered = await Throttle.Attempt(account, other);

        Assert.Null(forgotten);
        Assert.NotNull(remembered);
    }

    [Fact]
    public async Task BlockedAddressStopsOnlyTheAccountsThatFailedFromIt()
    {
        await Fail(account, one, times: 1);
        for (var i = 0; i < 11; i++)
        {
            await Fail($"{account}-guess-{i}", one, times: 1);
        }

        var failedThere = await Throttle.Attempt(account, one);
        var neverFailedThere = await Throttle.Attempt(account + "-other", one);

        Assert.Equal(TimeSpan.FromMinutes(15), failedThere);
        Assert.Null(neverFailedThere);
    }

    [Fact]
    public async Task WaitEndsOnceItsTimeHasPassed()
    {
        await Fail(account, one, times: 4);

        var waiting = await Throttle.Attempt(account, one);
        Time.Advance(waiting!.Value);
        var later = await Throttle.Attempt(account, one);

        Assert.Equal(TimeSpan.FromSeconds(2), waiting);
        Assert.Null(later);
    }

    [Fact]
    public async Task UsernamesDifferingOnlyInCaseShareOneCount()
    {
        await Fail(account.ToUpperInvariant(), one, times: 2);
        await Fail(account + " ", one, times: 2);

        var wait = await Throttle.Attempt(account, one);

        Assert.NotNull(wait);
    }

    private static string Fresh(string prefix) => prefix + "." + Guid.NewGuid().ToString("N")[..8];

    /// <summary>Tries that go ahead and turn out wrong, as the sign-in does them.</summary>
    private async Task Fail(string username, string address, int times)
    {
        for (var i = 0; i < times; i++)
        {
            Assert.Null(await Throttle.Attempt(username, address));
            await Throttle.Failed(address);
        }
    }
}
