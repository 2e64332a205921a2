namespace Responsibility.Api.Auth;

/// <summary>
/// Keeps the failed logins <see cref="LoginBackOff"/> decides on, per client and account and per client address.
/// Asynchronous because a deployment with several api instances keeps them in a shared store
/// (<see cref="RedisLoginThrottle"/>); <see cref="MemoryLoginThrottle"/> keeps them in memory.
/// </summary>
public interface ILoginThrottle
{
    /// <summary>
    /// Before a password is checked: how long this client must still wait on this account, or null. A try that may go
    /// ahead counts as a failure until <see cref="Succeeded"/> says otherwise, so guesses sent in parallel cannot all
    /// slip in before the first is counted.
    /// </summary>
    ValueTask<TimeSpan?> Attempt(string username, string address);

    /// <summary>The password was wrong: the failure counts toward its address's block too.</summary>
    ValueTask Failed(string address);

    /// <summary>The password was right: this client's failures on the account are forgotten; the address keeps its count.</summary>
    ValueTask Succeeded(string username, string address);
}
