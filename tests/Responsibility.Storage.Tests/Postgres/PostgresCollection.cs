namespace Responsibility.Storage.Tests.Postgres;


/// <summary>The test classes that share one <see cref="PostgresFixture"/>; each test still gets its own database.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresFixture>
{
    public const string Name = "PostgreSQL";
}
