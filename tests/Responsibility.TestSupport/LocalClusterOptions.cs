namespace Responsibility.TestSupport;

/// <summary>What <see cref="LocalCluster"/> starts: how many silos and apis, and how they are configured.</summary>
public sealed record LocalClusterOptions
{
    public int Silos { get; init; } = 2;

    public int Apis { get; init; } = 2;

    /// <summary>The Orleans cluster and service id of every process.</summary>
    public string Name { get; init; } = "local-cluster";

    /// <summary>The system admin's password on the first start (RESPONSIBILITY_ADMIN_PASSWORD).</summary>
    public required string AdminPassword { get; init; }

    /// <summary>The first api seeds the 淄川大队 demo brigade.</summary>
    public bool Demo { get; init; }

    /// <summary>PostgreSQL with fsync on, as a deployment runs it (see <see cref="PostgresServer"/>).</summary>
    public bool DurablePostgres { get; init; }

    /// <summary>The build whose dlls are started (bin/{Configuration}/net10.0).</summary>
    public string Configuration { get; init; } = "Release";

    /// <summary>Settings of every api besides the cluster's own.</summary>
    public IReadOnlyDictionary<string, string> ApiSettings { get; init; } = new Dictionary<string, string>();
}
