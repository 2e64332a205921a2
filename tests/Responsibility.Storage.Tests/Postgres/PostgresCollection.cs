namespace Responsibility.Storage.Tests.Postgres;

using Responsibility.TestSupport;

/// <summary>The test classes that share one <see cref="PostgresServer"/>; each test still gets its own database.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "PostgreSQL";
}
