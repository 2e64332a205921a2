namespace Responsibility.Grains.Users;

using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Accounts;

public sealed class UserGrain(
    [PersistentState(UserGrain.StateName, StorageNames.Main)] IPersistentState<UserState> state,
    [FromKeyedServices(DomainClock.Key)] TimeProvider time) : Grain, IUserGrain
{
    /// <summary>The state name of account rows; the start-up upgrade reads them by it.</summary>
    public const string StateName = "user";

    public Task<UserAccount?> Get() => Task.FromResult(state.State.Account);

    public async Task<UserAccount> Save(UserAccount account, string actor)
    {
        if (account.Username != this.GetPrimaryKeyString())
        {
            throw DomainException.Invalid("username", "用户名与账号不一致。");
        }

        var existing = state.State.Account;
        if (existing is not null && existing.BrigadeId != account.BrigadeId)
        {
            throw DomainException.Conflict($"用户名 {account.Username} 已被其他单位使用。", "username");
        }

        if (account.Disabled && actor == account.Username)
        {
            throw DomainException.Conflict("不能停用自己正在使用的账号。", "disabled");
        }

        // Otherwise the last Admin of a brigade could leave it with nobody to manage its accounts.
        if (actor == account.Username && existing?.Role == Role.Admin && account.Role != Role.Admin)
        {
            throw DomainException.Conflict("不能取消自己的管理员角色，请由其他管理员调整。", "role");
        }

        var revokes = existing is null || existing.PasswordHash != account.PasswordHash || (account.Disabled && !existing.Disabled);
        var saved = account with { SecurityStamp = revokes ? NewStamp() : existing!.SecurityStamp };
        if (saved.BrigadeId is { } brigadeId)
        {
            // Listed before the write: a failed write leaves a name the directory's readers skip, never a missing one.
            await GrainFactory.GetGrain<IAccountDirectoryGrain>(brigadeId).Add([saved.Username]);
        }

        return await Write(saved, actor, ActionOf(existing, saved));
    }

    public Task<UserAccount> ChangePassword(string passwordHash, string actor) =>
        Write(Existing() with { PasswordHash = passwordHash, SecurityStamp = NewStamp() }, actor, "修改密码");

    public Task<UserAccount> Revoke(string actor) => Write(Existing() with { SecurityStamp = NewStamp() }, actor, action: null);

    private UserAccount Existing() =>
        state.State.Account ?? throw DomainException.NotFound($"账号 {this.GetPrimaryKeyString()} 不存在。");

    /// <summary>A logout changes no account detail, so it leaves no history line: sessions are not account changes.</summary>
    private async Task<UserAccount> Write(UserAccount account, string actor, string? action)
    {
        state.State.Account = account;
        if (action is not null)
        {
            state.State.History.Add(new ChangeRecord(time.GetUtcNow(), actor, action));
        }

        await state.WriteStateAsync();
        return account;
    }

    private static string ActionOf(UserAccount? before, UserAccount after) => before switch
    {
        null => "新建账号",
        { Disabled: false } when after.Disabled => "停用账号",
        { Disabled: true } when !after.Disabled => "启用账号",
        _ when before.PasswordHash != after.PasswordHash => "重置密码",
        _ => "修改账号",
    };

    private static string NewStamp() => RandomNumberGenerator.GetHexString(32, lowercase: true);
}
