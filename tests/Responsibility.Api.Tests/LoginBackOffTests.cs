namespace Responsibility.Api.Tests;

using Responsibility.Api.Auth;

/// <summary>The rule of login throttling, case by case: how long a client waits, and who never does.</summary>
public sealed class LoginBackOffTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.FromHours(8));

    private readonly LoginBackOff rule = new(new LoginThrottleOptions
    {
        FreeLoginFailures = 3, LoginBackOffSeconds = 2, MaxLoginWaitMinutes = 15, FailedLoginsPerAddress = 50,
    });

    [Theory]
    [InlineData(0, 0)]
    [InlineData(3, 0)]
    [InlineData(4, 2)]
    [InlineData(5, 4)]
    [InlineData(6, 8)]
    [InlineData(12, 512)]
    [InlineData(13, 900)]
    [InlineData(10_000, 900)]
    public void WaitDoublesWithEachFailurePastTheFreeOnesUpToTheCap(int failures, int seconds)
    {
        var wait = rule.WaitAfter(failures);

        Assert.Equal(TimeSpan.FromSeconds(seconds), wait);
    }

    [Fact]
    public void ClientWaitsFromItsLastFailure()
    {
        var client = new LoginFailures(5, Now.AddMinutes(-3), Now.AddSeconds(-1));

        var wait = rule.Wait(client, null, Now);

        Assert.Equal(TimeSpan.FromSeconds(3), wait);
    }

    [Fact]
    public void BlockedAddressNeverStopsAnAccountThatHasNotFailedFromThere()
    {
        var address = new LoginFailures(500, Now.AddMinutes(-1), Now);

        var wait = rule.Wait(null, address, Now);

        Assert.Null(wait);
    }

    [Fact]
    public void BlockedAddressStopsAnAccountThatHasFailedFromThereForTheRestOfItsWindow()
    {
        var client = new LoginFailures(1, Now.AddMinutes(-1), Now.AddMinutes(-1));
        var address = new LoginFailures(50, Now.AddMinutes(-5), Now);

        var wait = rule.Wait(client, address, Now);

        Assert.Equal(TimeSpan.FromMinutes(10), wait);
    }

    [Fact]
    public void AddressBelowItsLimitAddsNoWait()
    {
        var client = new LoginFailures(1, Now.AddMinutes(-1), Now.AddMinutes(-1));
        var address = new LoginFailures(49, Now.AddMinutes(-5), Now);

        var wait = rule.Wait(client, address, Now);

        Assert.Null(wait);
    }

    [Fact]
    public void FailuresAreForgottenAWhileAfterTheWaitHasEnded()
    {
        var client = new LoginFailures(13, Now.AddHours(-1), Now.AddMinutes(-30));

        var counted = rule.CountClient(client, Now);
        var stillRemembered = rule.CountClient(client, Now.AddMinutes(-1));

        Assert.Equal(1, counted.Count);
        Assert.Equal(14, stillRemembered.Count);
    }

    [Fact]
    public void AddressWindowOpensAgainAfterItsLength()
    {
        var address = new LoginFailures(80, Now.AddMinutes(-15), Now.AddMinutes(-1));

        var counted = rule.CountAddress(address, Now);

        Assert.Equal(new LoginFailures(1, Now, Now), counted);
    }
}
