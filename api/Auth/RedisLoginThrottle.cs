namespace Responsibility.Api.Auth;

using Microsoft.Extensions.Options;
using StackExchange.Redis;

/// <summary>
/// <see cref="ILoginThrottle"/> for several api instances: the same fixed windows as <see cref="MemoryLoginThrottle"/>,
/// counted in Redis. A key's window opens with its first failure (the counter's expiry) and its count is the counter.
/// </summary>
public sealed class RedisLoginThrottle(IConnectionMultiplexer redis, IOptions<LoginThrottleOptions> options) : ILoginThrottle
{
    private const string Prefix = "responsibility:login-failures:";

    private readonly LoginThrottleOptions settings = options.Value;

    private TimeSpan Length => TimeSpan.FromMinutes(settings.LoginLockoutMinutes);

    public async ValueTask<TimeSpan?> RetryAfter(string username, string address)
    {
        TimeSpan?[] waits =
        [
            await Locked(AccountKey(username), settings.FailedLoginsPerAccount),
            await Locked(AddressKey(address), settings.FailedLoginsPerAddress),
        ];
        return waits.Max();
    }

    public async ValueTask Failed(string username, string address)
    {
        var database = redis.GetDatabase();
        foreach (var key in new[] { AccountKey(username), AddressKey(address) })
        {
            // The first failure opens the window: only it sets the expiry.
            if (await database.StringIncrementAsync(key) == 1)
            {
                await database.KeyExpireAsync(key, Length);
            }
        }
    }

    public async ValueTask Succeeded(string username) => await redis.GetDatabase().KeyDeleteAsync(AccountKey(username));

    private async Task<TimeSpan?> Locked(RedisKey key, int limit)
    {
        var database = redis.GetDatabase();
        var failures = await database.StringGetAsync(key);
        if (!failures.HasValue || (long)failures < limit)
        {
            return null;
        }

        return await database.KeyTimeToLiveAsync(key) ?? Length;
    }

    private static RedisKey AccountKey(string username) => Prefix + "account:" + username.Trim().ToLowerInvariant();

    private static RedisKey AddressKey(string address) => Prefix + "address:" + address;
}
