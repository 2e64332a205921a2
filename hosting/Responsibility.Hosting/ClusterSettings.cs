namespace Responsibility.Hosting;

using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using Microsoft.Extensions.Configuration;

/// <summary>
/// SPEC §6's cluster keys, the same names for the api and the silo host: how this process joins Orleans and where the
/// shared state lives. Without <c>ConnectionStrings:Postgres</c> and <c>ConnectionStrings:Redis</c> everything stays in
/// the data folder's SQLite file, as one brigade on one machine runs.
/// </summary>
public sealed record ClusterSettings(
    string Mode,
    string ClusterId,
    string ServiceId,
    int? SiloPort,
    int GatewayPort,
    IPAddress? AdvertisedIP,
    string? Postgres,
    string? Redis)
{
    public const string Embedded = "Embedded";
    public const string Client = "Client";

    /// <summary>A silo host's port when <c>Orleans:SiloPort</c> is not set; an embedded silo alone takes a free one.</summary>
    public const int DefaultSiloPort = 11111;

    public bool IsClient => Mode.Equals(Client, StringComparison.OrdinalIgnoreCase);

    public static ClusterSettings From(IConfiguration configuration)
    {
        var mode = configuration["Orleans:Mode"] is { Length: > 0 } m ? m : Embedded;
        if (!mode.Equals(Embedded, StringComparison.OrdinalIgnoreCase) && !mode.Equals(Client, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"Orleans:Mode is '{mode}': it must be {Embedded} or {Client}.");
        }

        var advertised = configuration["Orleans:AdvertisedIP"] is { Length: > 0 } ip
            ? IPAddress.TryParse(ip, out var address) ? address : throw new InvalidOperationException($"Orleans:AdvertisedIP '{ip}' is not an IP address.")
            : null;
        return new ClusterSettings(
            mode,
            configuration["Orleans:ClusterId"] is { Length: > 0 } cluster ? cluster : "responsibility",
            configuration["Orleans:ServiceId"] is { Length: > 0 } service ? service : "responsibility",
            configuration.GetValue<int?>("Orleans:SiloPort"),
            configuration.GetValue("Orleans:GatewayPort", 30000),
            advertised,
            configuration.GetConnectionString("Postgres") is { Length: > 0 } pg ? pg : null,
            configuration.GetConnectionString("Redis") is { Length: > 0 } redis ? redis : null);
    }

    /// <summary>The address other silos and clients reach this silo at: the first non-loopback IPv4 address, loopback when alone.</summary>
    public IPAddress AddressForOthers() => AdvertisedIP ?? NetworkInterface.GetAllNetworkInterfaces()
        .Where(n => n.OperationalStatus == OperationalStatus.Up && n.NetworkInterfaceType != NetworkInterfaceType.Loopback)
        .SelectMany(n => n.GetIPProperties().UnicastAddresses)
        .Select(a => a.Address)
        .FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a)) ?? IPAddress.Loopback;
}
