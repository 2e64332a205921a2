namespace Responsibility.Hosting.Upgrades;

using Responsibility.Grains.Abstractions.Accounts;
using Responsibility.Grains.Users;
using Responsibility.Storage.Events;

/// <summary>
/// An account row as versions before the audit trail wrote it, with its History lines; they become the account's
/// stream in the trail (what was done, by whom, when — earlier versions kept no more).
/// </summary>
internal sealed class LegacyUser
{
    public UserAccount? Account { get; set; }

    public List<LegacyChange> History { get; set; } = [];

    public StreamAppend? ToStream()
    {
        if (Account is not { } account || History.Count == 0)
        {
            return null;
        }

        var lines = History.Select(h => AccountChanged.Codec.Encode(new AccountChanged(h.Action, account.Username, []) { Actor = h.Actor, At = h.At }));
        return new StreamAppend(AccountChanged.Stream(account.Username), account.BrigadeId ?? UserGrain.SystemScope, 0, [.. lines]);
    }
}
