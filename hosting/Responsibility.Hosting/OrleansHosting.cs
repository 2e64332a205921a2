namespace Responsibility.Hosting;

using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;

/// <summary>
/// How the api reaches its grains, chosen in one place by <c>Orleans:Mode</c>: <c>Embedded</c> (default) co-hosts a silo
/// in the api process; <c>Client</c> joins a cluster of silo processes as an Orleans client.
/// </summary>
public static class OrleansHosting
{
    public static WebApplicationBuilder AddOrleans(this WebApplicationBuilder builder)
    {
        var cluster = ClusterSettings.From(builder.Configuration);
        if (cluster.IsClient)
        {
            builder.UseOrleansClient(client => client.AddResponsibilityClient(cluster));
        }
        else
        {
            builder.UseOrleans(silo => silo.AddResponsibilitySilo(builder.Configuration, coHosted: true));
        }

        return builder;
    }

    /// <summary>A client finds the silos' gateways in Redis (or on this machine's loopback when there is none).</summary>
    public static IClientBuilder AddResponsibilityClient(this IClientBuilder client, ClusterSettings cluster)
    {
        if (cluster.Redis is { } redis)
        {
            client.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (cluster.ClusterId, cluster.ServiceId));
            client.UseRedisClustering(redis);
        }
        else
        {
            client.UseLocalhostClustering(cluster.GatewayPort, cluster.ServiceId, cluster.ClusterId);
        }

        client.Configure<GatewayOptions>(Membership.Tune);
        client.AddActivityPropagation();
        return client;
    }
}
