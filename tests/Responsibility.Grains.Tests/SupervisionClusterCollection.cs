namespace Responsibility.Grains.Tests;

/// <summary>Instruction, meeting and inbox tests that move the clock get a cluster (and a clock) of their own.</summary>
[CollectionDefinition(Name)]
public sealed class SupervisionClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "supervision-cluster";
}
