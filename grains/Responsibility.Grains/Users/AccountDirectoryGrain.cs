namespace Responsibility.Grains.Users;

using Responsibility.Grains.Abstractions;

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
}
