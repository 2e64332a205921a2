namespace Responsibility.Grains.Tests;

/// <summary>Report tests move the clock, so they get a cluster (and a clock) of their own.</summary>
[CollectionDefinition(Name)]
public sealed class ReportClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "report-cluster";
}
