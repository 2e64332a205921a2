namespace Responsibility.Hosting;

using Orleans.Configuration;

/// <summary>
/// How fast a cluster gives up on a silo that stopped answering. Orleans' defaults take minutes; here a silo that
/// misses two probes of 2 s (checked every 2 s) is voted dead and its grains come back elsewhere within the 30 s the
/// service may be unavailable (issue 10). A single vote suffices because a small cluster may have one survivor.
/// </summary>
public static class Membership
{
    public static void Tune(ClusterMembershipOptions options)
    {
        options.ProbeTimeout = TimeSpan.FromSeconds(2);
        options.NumMissedProbesLimit = 2;
        options.NumVotesForDeathDeclaration = 1;
        options.TableRefreshTimeout = TimeSpan.FromSeconds(5);
        options.IAmAliveTablePublishTimeout = TimeSpan.FromSeconds(10);
    }

    /// <summary>Clients ask for the live gateways often, so an api stops sending to a dead silo within seconds.</summary>
    public static void Tune(GatewayOptions options) => options.GatewayListRefreshPeriod = TimeSpan.FromSeconds(5);
}
