namespace Responsibility.Api.Auth;

/// <summary>
/// Counts failed logins per account and per client address (SPEC §3). Asynchronous because a deployment with
/// several api instances keeps the counts in a shared store; <see cref="MemoryLoginThrottle"/> keeps them in memory.
/// </summary>
public interface ILoginThrottle
{
    /// <summary>How long the account or the address must wait before trying again; null when it may try now.</summary>
    ValueTask<TimeSpan?> RetryAfter(string username, string address);

    ValueTask Failed(string username, string address);

    /// <summary>A correct password clears the account's count; the address keeps its own.</summary>
    ValueTask Succeeded(string username);
}
