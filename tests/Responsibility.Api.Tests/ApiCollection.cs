namespace Responsibility.Api.Tests;

/// <summary>One running api shared by the tests of this collection; tests use fresh brigade ids.</summary>
[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<SharedApi>
{
    public const string Name = "api";
}

public sealed class SharedApi : IAsyncLifetime
{
    public ApiFactory Factory { get; } = new();

    public Task InitializeAsync()
    {
        _ = Factory.Server;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}
