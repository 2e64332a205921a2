namespace Responsibility.Grains.Tests;

/// <summary>The figures tests move the clock past how long a score is kept: they get a cluster (and a clock) of their own.</summary>
[CollectionDefinition(Name)]
public sealed class FiguresClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "figures-cluster";
}
