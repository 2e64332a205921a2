namespace Responsibility.Grains.Users;

using Microsoft.Extensions.DependencyInjection;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Accounts;

public sealed class UserGrain(
    [PersistentState("user", StorageNames.Main)] IPersistentState<UserState> state,
    [FromKeyedServices(DomainClock.Key)] TimeProvider time) : Grain, IUserGrain
{
    public Task<UserAccount?> Get() => Task.FromResult(state.State.Account);

    public async Task<UserAccount> Save(UserAccount account, string actor)
    {
        if (account.Username != this.GetPrimaryKeyString())
        {
            throw DomainException.Invalid("username", "用户名与账号不一致。");
        }

        if (state.State.Account is { } existing && existing.BrigadeId != account.BrigadeId)
        {
            throw DomainException.Conflict($"用户名 {account.Username} 已被其他单位使用。", "username");
        }

        state.State.Account = account;
        state.State.History.Add(new ChangeRecord(time.GetUtcNow(), actor, "设置账号"));
        await state.WriteStateAsync();
        return account;
    }
}
