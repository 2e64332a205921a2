namespace Responsibility.Hosting;

using System.Collections.Concurrent;
using StackExchange.Redis;

/// <summary>One multiplexer per Redis connection string for the whole process, as StackExchange.Redis intends.</summary>
public static class RedisConnections
{
    private static readonly ConcurrentDictionary<string, Lazy<ConnectionMultiplexer>> Connections = new();

    public static IConnectionMultiplexer Get(string connectionString) =>
        Connections.GetOrAdd(connectionString, cs => new Lazy<ConnectionMultiplexer>(() => ConnectionMultiplexer.Connect(cs))).Value;
}
