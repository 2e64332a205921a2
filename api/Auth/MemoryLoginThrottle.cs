namespace Responsibility.Api.Auth;

using Microsoft.Extensions.Options;

/// <summary>
/// <see cref="ILoginThrottle"/> in one api process's memory. Checking and counting a try is one step under a lock, which
/// costs nothing beside the password hash that follows.
/// </summary>
public sealed class MemoryLoginThrottle(TimeProvider time, IOptions<LoginThrottleOptions> options) : ILoginThrottle
{
    /// <summary>
    /// Above this many records, those already forgotten are swept, so guessed usernames cannot grow memory for ever; the
    /// next sweep waits until the count has doubled, so an attack that keeps many records alive costs no sweep per try.
    /// </summary>
    private const int SweepAbove = 10_000;

    private readonly LoginBackOff rule = new(options.Value);
    private readonly Dictionary<string, LoginFailures> clients = [];
    private readonly Dictionary<string, LoginFailures> addresses = [];
    private readonly Lock gate = new();
    private int sweepAt = SweepAbove;

    public ValueTask<TimeSpan?> Attempt(string username, string address)
    {
        var now = time.GetUtcNow();
        var key = LoginBackOff.ClientKey(username, address);
        lock (gate)
        {
            var client = clients.GetValueOrDefault(key);
            var wait = rule.Wait(client, addresses.GetValueOrDefault(address), now);
            if (wait is null)
            {
                clients[key] = rule.CountClient(client, now);
                Sweep(now);
            }

            return ValueTask.FromResult(wait);
        }
    }

    public ValueTask Failed(string address)
    {
        var now = time.GetUtcNow();
        lock (gate)
        {
            addresses[address] = rule.CountAddress(addresses.GetValueOrDefault(address), now);
            Sweep(now);
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask Succeeded(string username, string address)
    {
        lock (gate)
        {
            clients.Remove(LoginBackOff.ClientKey(username, address));
        }

        return ValueTask.CompletedTask;
    }

    private void Sweep(DateTimeOffset now)
    {
        if (clients.Count + addresses.Count <= sweepAt)
        {
            return;
        }

        foreach (var key in clients.Where(c => rule.KeepClient(c.Value, now) <= TimeSpan.Zero).Select(c => c.Key).ToList())
        {
            clients.Remove(key);
        }

        foreach (var key in addresses.Where(a => rule.KeepAddress(a.Value, now) <= TimeSpan.Zero).Select(a => a.Key).ToList())
        {
            addresses.Remove(key);
        }

        sweepAt = Math.Max(SweepAbove, 2 * (clients.Count + addresses.Count));
    }
}
