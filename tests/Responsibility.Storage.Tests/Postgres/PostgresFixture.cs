namespace Responsibility.Storage.Tests.Postgres;

using Responsibility.TestSupport;

/// <summary>The shared <see cref="PostgresServer"/> as an xunit fixture: started before the collection's first test.</summary>
public sealed class PostgresFixture : PostgresServer, IAsyncLifetime
{
    Task IAsyncLifetime.InitializeAsync() => StartAsync();

    Task IAsyncLifetime.DisposeAsync() => StopAsync();
}
