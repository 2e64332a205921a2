namespace Responsibility.Api.Tests;

using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

/// <summary>
/// Issue 8 item 14: the data folder holds password hashes and signing keys, so only the service account reads it;
/// the embedded silo is reachable from nowhere but its own process.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class DataFolderTests
{
    private const UnixFileMode Folder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode File600 = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    [Fact]
    public async Task FreshDataFolderIsReadableByItsOwnerOnly()
    {
        await using var factory = new ApiFactory();
        await UseCookiesAndTokens(factory);

        AssertPrivate(factory.DataPath);
    }

    [Fact]
    public async Task DataFolderWrittenByAnOlderVersionIsNarrowedOnStart()
    {
        var dataPath = Path.Combine(Path.GetTempPath(), "responsibility-api-tests", Guid.NewGuid().ToString("N"));
        await using (var first = new ApiFactory(dataPath))
        {
            await UseCookiesAndTokens(first);
        }

        const UnixFileMode open = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead;
        File.SetUnixFileMode(dataPath, open | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
        foreach (var file in Directory.EnumerateFiles(dataPath, "*", SearchOption.AllDirectories))
        {
            File.SetUnixFileMode(file, open);
        }

        await using var second = new ApiFactory(dataPath);
        await UseCookiesAndTokens(second);

        AssertPrivate(dataPath);
    }

    [Fact]
    public async Task EmbeddedSiloListensOnLoopbackAndOpensNoGateway()
    {
        await using var factory = new ApiFactory();
        _ = factory.Server;

        var endpoints = factory.Services.GetRequiredService<IOptions<EndpointOptions>>().Value;

        Assert.Equal(0, endpoints.GatewayPort);
        Assert.True(IPAddress.IsLoopback(endpoints.AdvertisedIPAddress));
        Assert.True(endpoints.SiloListeningEndpoint is null || IPAddress.IsLoopback(endpoints.SiloListeningEndpoint.Address));
    }

    [Fact]
    public async Task EmbeddedSiloWithoutAConfiguredPortTakesAFreeLoopbackPortNotTheSiloHostsDefault()
    {
        // Whether or not something else on this machine holds the silo host's default port, this api must not need it.
        using var holder = new TcpListener(IPAddress.Loopback, 11111);
        try
        {
            holder.Start();
        }
        catch (SocketException)
        {
        }

        await using var factory = new ApiFactory();
        factory.Settings["Orleans:SiloPort"] = "";
        await factory.SignInAsAdmin();

        var endpoints = factory.Services.GetRequiredService<IOptions<EndpointOptions>>().Value;
        Assert.NotEqual(11111, endpoints.SiloPort);
        Assert.True(IPAddress.IsLoopback(endpoints.AdvertisedIPAddress));
    }

    [Fact]
    public async Task SiloPortInUseStopsTheStartNamingTheSetting()
    {
        using var busy = new TcpListener(IPAddress.Loopback, 0);
        busy.Start();
        await using var factory = new ApiFactory();
        factory.Settings["Orleans:SiloPort"] = ((IPEndPoint)busy.LocalEndpoint).Port.ToString();

        var failure = Record.Exception(() => factory.Server);

        Assert.NotNull(failure);
        Assert.Contains("Orleans:SiloPort", Flatten(failure));
    }

    private static async Task UseCookiesAndTokens(ApiFactory factory)
    {
        await factory.SignInAsAdmin();
        // The login form issues an antiforgery token, which makes the data-protection key ring write its first key.
        (await factory.CreateClient().GetAsync("/login")).EnsureSuccessStatusCode();
    }

    private static void AssertPrivate(string dataPath)
    {
        Assert.Equal(Folder, File.GetUnixFileMode(dataPath));
        Assert.Equal(Folder, File.GetUnixFileMode(Path.Combine(dataPath, "keys")));
        var files = Directory.EnumerateFiles(dataPath, "*", SearchOption.AllDirectories).ToList();
        Assert.Contains(files, f => f.EndsWith("responsibility.db", StringComparison.Ordinal));
        Assert.Contains(files, f => f.EndsWith("jwt-signing.key", StringComparison.Ordinal));
        Assert.Contains(files, f => f.EndsWith(".xml", StringComparison.Ordinal));
        Assert.All(files, f => Assert.Equal((f, File600), (f, File.GetUnixFileMode(f))));
    }

    private static string Flatten(Exception e) => e.InnerException is null ? e.Message : e.Message + " " + Flatten(e.InnerException);
}
