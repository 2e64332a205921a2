namespace Responsibility.Hosting.Upgrades;

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.Storage;
using Responsibility.Grains;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Users;
using Responsibility.Storage;

/// <summary>
/// Lists accounts saved before brigades had an <see cref="IAccountDirectoryGrain"/> (older versions wrote only the
/// account row). Runs at every silo start: one read of the account rows and one call per brigade, adding nothing
/// when every account is listed already, so several silos starting together do no harm.
/// </summary>
public sealed class AccountDirectoryUpgrade(IServiceProvider services, IGrainFactory grains, ILogger<AccountDirectoryUpgrade> logger)
    : IStartupTask
{
    public async Task Execute(CancellationToken cancellationToken)
    {
        if (services.GetKeyedService<IGrainStorage>(StorageNames.Main) is not SqlGrainStorage storage)
        {
            return;
        }

        var byBrigade = new Dictionary<string, List<string>>();
        await foreach (var (_, user) in storage.ReadAllAsync<UserState>(UserGrain.StateName, cancellationToken))
        {
            if (user.Account is { BrigadeId: { } brigadeId } account)
            {
                (byBrigade.TryGetValue(brigadeId, out var names) ? names : byBrigade[brigadeId] = []).Add(account.Username);
            }
        }

        foreach (var (brigadeId, usernames) in byBrigade)
        {
            await grains.GetGrain<IAccountDirectoryGrain>(brigadeId).Add([.. usernames]);
        }

        logger.LogInformation("Account directories checked for {BrigadeCount} brigades", byBrigade.Count);
    }
}
