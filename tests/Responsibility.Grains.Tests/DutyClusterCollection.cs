namespace Responsibility.Grains.Tests;

/// <summary>Duty list, record and pledge tests move the clock: they get a cluster (and a clock) of their own.</summary>
[CollectionDefinition(Name)]
public sealed class DutyClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "duty-cluster";
}
