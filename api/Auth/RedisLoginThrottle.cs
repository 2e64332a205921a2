namespace Responsibility.Api.Auth;

using Microsoft.Extensions.Options;
using StackExchange.Redis;

/// <summary>
/// <see cref="ILoginThrottle"/> for several api instances: the records <see cref="LoginBackOff"/> decides on, one Redis
/// hash each, kept until the rule forgets them. A record is replaced only if no other api changed it meanwhile
/// (a transaction on its count), so tries sent to several apis at once are each counted.
/// </summary>
public sealed class RedisLoginThrottle(IConnectionMultiplexer redis, TimeProvider time, IOptions<LoginThrottleOptions> options)
    : ILoginThrottle
{
    private const string Prefix = "responsibility:login-failures:";

    /// <summary>Replacements tried before a client that keeps racing itself is told to wait a moment.</summary>
    private const int Tries = 5;

    private readonly LoginBackOff rule = new(options.Value);

    public async ValueTask<TimeSpan?> Attempt(string username, string address)
    {
        var database = redis.GetDatabase();
        var key = ClientKey(username, address);
        for (var i = 0; i < Tries; i++)
        {
            var now = time.GetUtcNow();
            var client = await Read(database, key);
            if (rule.Wait(client, await Read(database, AddressKey(address)), now) is { } wait)
            {
                return wait;
            }

            var counted = rule.CountClient(client, now);
            if (await Replace(database, key, client, counted, rule.KeepClient(counted, now)))
            {
                return null;
            }
        }

        return TimeSpan.FromSeconds(1);
    }

    public async ValueTask Failed(string address)
    {
        var database = redis.GetDatabase();
        var key = AddressKey(address);
        for (var i = 0; i < Tries; i++)
        {
            var now = time.GetUtcNow();
            var before = await Read(database, key);
            var counted = rule.CountAddress(before, now);
            if (await Replace(database, key, before, counted, rule.KeepAddress(counted, now)))
            {
                return;
            }
        }
    }

    public async ValueTask Succeeded(string username, string address) =>
        await redis.GetDatabase().KeyDeleteAsync(ClientKey(username, address));

    private static async Task<LoginFailures?> Read(IDatabase database, RedisKey key)
    {
        var fields = (await database.HashGetAllAsync(key)).ToDictionary(f => f.Name.ToString(), f => (long)f.Value);
        return fields.TryGetValue("count", out var count)
            ? new LoginFailures((int)count, DateTimeOffset.FromUnixTimeMilliseconds(fields["first"]), DateTimeOffset.FromUnixTimeMilliseconds(fields["last"]))
            : null;
    }

    private static async Task<bool> Replace(IDatabase database, RedisKey key, LoginFailures? before, LoginFailures after, TimeSpan keep)
    {
        var write = database.CreateTransaction();
        write.AddCondition(before is null ? Condition.KeyNotExists(key) : Condition.HashEqual(key, "count", before.Count));
        _ = write.HashSetAsync(key,
        [
            new("count", after.Count), new("first", after.First.ToUnixTimeMilliseconds()), new("last", after.Last.ToUnixTimeMilliseconds()),
        ]);
        _ = write.KeyExpireAsync(key, keep);
        return await write.ExecuteAsync();
    }

    private static RedisKey ClientKey(string username, string address) => Prefix + "client:" + LoginBackOff.ClientKey(username, address);

    private static RedisKey AddressKey(string address) => Prefix + "address:" + address;
}
