namespace Responsibility.Grains.Users;

using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Accounts;

public sealed class AccountDirectoryGrain(
    [PersistentState("account-directory", StorageNames.Main)] IPersistentState<AccountDirectoryState> state)
    : Grain, IAccountDirectoryGrain
{
    public async Task Add(string[] usernames)
    {
        var added = usernames.Where(u => !state.State.Usernames.Contains(u)).Distinct().ToArray();
        if (added.Length == 0)
        {
            return;
        }

        state.State.Usernames.AddRange(added);
        state.State.Usernames.Sort(StringComparer.Ordinal);
        await state.WriteStateAsync();
    }

    public Task<string[]> List() => Task.FromResult(state.State.Usernames.ToArray());

    public async Task<AccountStanding[]> Standings()
    {
        var brigadeId = this.GetPrimaryKeyString();
        var accounts = await Task.WhenAll(state.State.Usernames.Select(u => GrainFactory.GetGrain<IUserGrain>(u).Get()));
        return [.. accounts.OfType<UserAccount>().Where(a => a.BrigadeId == brigadeId).Select(AccountStanding.Of)];
    }

    public async Task<Dictionary<string, string>> DisplayNames(string[] usernames)
    {
        var brigadeId = this.GetPrimaryKeyString();
        var accounts = await Task.WhenAll(usernames.Where(u => u.Length > 0).Distinct(StringComparer.Ordinal)
            .Select(u => GrainFactory.GetGrain<IUserGrain>(u).Get()));
        // The system admin belongs to no brigade but acts in all of them.
        return accounts
            .OfType<UserAccount>()
            .Where(a => (a.BrigadeId == brigadeId || a.BrigadeId is null) && !string.IsNullOrWhiteSpace(a.DisplayName))
            .ToDictionary(a => a.Username, a => a.DisplayName, StringComparer.Ordinal);
    }
}
