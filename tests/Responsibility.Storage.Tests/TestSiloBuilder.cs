using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Hosting;

namespace Responsibility.Storage.Tests;

/// <summary>Just enough of a silo builder to run registration extensions against a plain service collection.</summary>
public sealed class TestSiloBuilder(IServiceCollection services) : ISiloBuilder
{
    public IServiceCollection Services { get; } = services;

    public IConfiguration Configuration { get; } = new ConfigurationManager();
}
