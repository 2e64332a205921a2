namespace Responsibility.Grains.Tests;

using Microsoft.Extensions.Configuration;
using Responsibility.Hosting;

/// <summary>
/// The embedded silo picks a free loopback port before the web server binds its own; it must never pick the one the
/// web server was told (a port a test or script just probed free is what the system hands out next).
/// </summary>
public sealed class EmbeddedSiloPortTests
{
    [Fact]
    public void TheWebPortsAreEveryUrlGiven()
    {
        var configuration = Settings("http://127.0.0.1:33373;http://*:6000/;http://+:6001");

        Assert.Equal([6000, 6001, 33373], SiloConfiguration.WebPorts(configuration).Order());
    }

    [Fact]
    public void WithoutUrlsTheWebPortIsTheApisDefault()
    {
        Assert.Equal([5080], SiloConfiguration.WebPorts(Settings(null)));
    }

    private static IConfiguration Settings(string? urls) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["urls"] = urls }).Build();
}
