namespace Responsibility.Api.Tests;

using Microsoft.Extensions.Options;
using Responsibility.Api.Auth;
using Responsibility.TestSupport;
using StackExchange.Redis;

/// <summary>The cluster's store, on a throw-away Redis shared by this class's tests.</summary>
public sealed class RedisLoginThrottleTests : LoginThrottleTests, IClassFixture<RedisLoginThrottleTests.Store>
{
    public RedisLoginThrottleTests(Store store) => Throttle = new RedisLoginThrottle(store.Connection, Time, Options.Create(Settings));

    protected override ILoginThrottle Throttle { get; }

    public sealed class Store : IAsyncLifetime
    {
        private readonly RedisServer server = new();

        public IConnectionMultiplexer Connection { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            await server.StartAsync();
            Connection = await ConnectionMultiplexer.ConnectAsync(server.ConnectionString);
        }

        public async Task DisposeAsync()
        {
            await Connection.DisposeAsync();
            await server.StopAsync();
        }
    }
}
