namespace Responsibility.Api.Auth;

using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

/// <summary>
/// Failed logins counted in fixed windows that open at a key's first failure: reaching the limit inside a window
/// locks the key until the window closes. One instance's memory, so it suits one api process.
/// </summary>
public sealed class MemoryLoginThrottle(TimeProvider time, IOptions<LoginThrottleOptions> options) : ILoginThrottle
{
    /// <summary>Above this many keys, closed windows are swept so guessed usernames cannot grow memory for ever.</summary>
    private const int SweepAbove = 10_000;

    private readonly ConcurrentDictionary<string, Window> windows = new();
    private readonly LoginThrottleOptions settings = options.Value;

    private TimeSpan Length => TimeSpan.FromMinutes(settings.LoginLockoutMinutes);

    public ValueTask<TimeSpan?> RetryAfter(string username, string address)
    {
        var now = time.GetUtcNow();
        TimeSpan?[] waits =
        [
            Locked(AccountKey(username), settings.FailedLoginsPerAccount, now),
            Locked(AddressKey(address), settings.FailedLoginsPerAddress, now),
        ];
        return ValueTask.FromResult(waits.Max());
    }

    public ValueTask Failed(string username, string address)
    {
        var now = time.GetUtcNow();
        Count(AccountKey(username), now);
        Count(AddressKey(address), now);
        if (windows.Count > SweepAbove)
        {
            foreach (var (key, window) in windows.Where(w => w.Value.Start + Length <= now))
            {
                windows.TryRemove(new KeyValuePair<string, Window>(key, window));
            }
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask Succeeded(string username)
    {
        windows.TryRemove(AccountKey(username), out _);
        return ValueTask.CompletedTask;
    }

    private TimeSpan? Locked(string key, int limit, DateTimeOffset now) =>
        windows.TryGetValue(key, out var window) && window.Failures >= limit && window.Start + Length > now
            ? window.Start + Length - now
            : null;

    private void Count(string key, DateTimeOffset now) => windows.AddOrUpdate(
        key,
        _ => new Window(now, 1),
        (_, window) => window.Start + Length <= now ? new Window(now, 1) : window with { Failures = window.Failures + 1 });

    private static string AccountKey(string username) => "account:" + username.Trim().ToLowerInvariant();

    private static string AddressKey(string address) => "address:" + address;

    private sealed record Window(DateTimeOffset Start, int Failures);
}
