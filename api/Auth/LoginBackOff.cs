namespace Responsibility.Api.Auth;

/// <summary>
/// The rule of login throttling (SPEC §3), whatever store keeps the counts. A client's failures on an account make that
/// client wait on that account, and nobody else: nothing for the first few, then a wait that doubles with each further
/// failure up to a cap. An address with far more failures, across accounts, is blocked too, but only for the accounts
/// that have failed from it: the correct password of any other account still gets in, so one person's typos or one
/// script behind an office's shared address cannot lock the others out.
/// </summary>
public sealed class LoginBackOff(LoginThrottleOptions settings)
{
    public TimeSpan MaxWait => TimeSpan.FromMinutes(settings.MaxLoginWaitMinutes);

    /// <summary>What a store keys one client's failures on one account by: the address never holds a '|', usernames may.</summary>
    public static string ClientKey(string username, string address) => address + "|" + username.Trim().ToLowerInvariant();

    /// <summary>The wait after a client's <paramref name="failures"/>-th failure on an account.</summary>
    public TimeSpan WaitAfter(int failures)
    {
        var beyond = failures - settings.FreeLoginFailures;
        if (beyond <= 0)
        {
            return TimeSpan.Zero;
        }

        var seconds = settings.LoginBackOffSeconds * Math.Pow(2, Math.Min(beyond - 1, 40));
        return seconds < MaxWait.TotalSeconds ? TimeSpan.FromSeconds(seconds) : MaxWait;
    }

    /// <summary>
    /// How long a client must still wait before it tries the account again, from its own failures there and its
    /// address's; null when it may try now. An account that has not failed from there never waits.
    /// </summary>
    public TimeSpan? Wait(LoginFailures? client, LoginFailures? address, DateTimeOffset now)
    {
        if (client is null || IsForgotten(client, now))
        {
            return null;
        }

        var own = client.Last + WaitAfter(client.Count) - now;
        var blocked = address is not null && address.Count >= settings.FailedLoginsPerAddress ? address.First + MaxWait - now : TimeSpan.Zero;
        var wait = own > blocked ? own : blocked;
        return wait > TimeSpan.Zero ? wait : null;
    }

    public LoginFailures CountClient(LoginFailures? client, DateTimeOffset now) =>
        client is null || IsForgotten(client, now) ? new(1, now, now) : client with { Count = client.Count + 1, Last = now };

    /// <summary>An address's failures are counted in a window that opens with its first failure.</summary>
    public LoginFailures CountAddress(LoginFailures? address, DateTimeOffset now) =>
        address is null || KeepAddress(address, now) <= TimeSpan.Zero ? new(1, now, now) : address with { Count = address.Count + 1, Last = now };

    /// <summary>How much longer a store must keep a client's failures: until they are forgotten.</summary>
    public TimeSpan KeepClient(LoginFailures client, DateTimeOffset now) => client.Last + WaitAfter(client.Count) + MaxWait - now;

    public TimeSpan KeepAddress(LoginFailures address, DateTimeOffset now) => address.First + MaxWait - now;

    private bool IsForgotten(LoginFailures client, DateTimeOffset now) => KeepClient(client, now) <= TimeSpan.Zero;
}
