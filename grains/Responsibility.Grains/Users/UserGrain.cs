namespace Responsibility.Grains.Users;

using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Accounts;
using Responsibility.Grains.Abstractions.Audit;
using Responsibility.Grains.Abstractions.Text;
using Responsibility.Storage.Events;

public sealed class UserGrain(
    [PersistentState(UserGrain.StateName, StorageNames.Main)] IPersistentState<UserState> state,
    IEventStore events,
    [FromKeyedServices(DomainClock.Key)] TimeProvider time) : Grain, IUserGrain
{
    /// <summary>The state name of account rows; the start-up upgrade reads them by it.</summary>
    public const string StateName = "user";

    /// <summary>The audit scope of accounts that belong to no brigade (the system admin).</summary>
    public const string SystemScope = "system";

    public Task<UserAccount?> Get() => Task.FromResult(state.State.Account);

    public async Task<UserAccount> Save(UserAccount account, string actor)
    {
        if (account.Username != this.GetPrimaryKeyString())
        {
            throw DomainException.Invalid("username", "用户名与账号不一致。");
        }

        var existing = state.State.Account;
        // Usernames are global: one brigade's, one detachment's or the system's, and it never moves between them.
        if (existing is not null && (existing.BrigadeId != account.BrigadeId || existing.DetachmentId != account.DetachmentId))
        {
            throw DomainException.Conflict($"用户名 {account.Username} 已被其他单位使用。", "username");
        }

        if (account.Disabled && actor == account.Username)
        {
            throw DomainException.Conflict("不能停用自己正在使用的账号。", "disabled");
        }

        // Otherwise the last Admin of a brigade could leave it with nobody to manage its accounts.
        if (actor == account.Username && existing?.Role is Role.Admin or Role.DetachmentAdmin && account.Role != existing!.Role)
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
        else if (saved.DetachmentId is { } detachmentId)
        {
            await GrainFactory.GetGrain<IAccountDirectoryGrain>(AccountDirectories.OfDetachment(detachmentId)).Add([saved.Username]);
        }

        return await Write(saved, actor, ActionOf(existing, saved), Changes(existing, saved));
    }

    public async Task<bool> CreateIfAbsent(UserAccount account, string actor)
    {
        if (state.State.Account is not null)
        {
            return false;
        }

        await Save(account, actor);
        return true;
    }

    public Task<UserAccount> ChangePassword(string passwordHash, string actor) =>
        Write(Existing() with { PasswordHash = passwordHash, SecurityStamp = NewStamp() }, actor, "修改密码", []);

    public Task<UserAccount> Revoke(string actor) => Write(Existing() with { SecurityStamp = NewStamp() }, actor, action: null, []);

    private UserAccount Existing() =>
        state.State.Account ?? throw DomainException.NotFound($"账号 {this.GetPrimaryKeyString()} 不存在。");

    /// <summary>
    /// Writes the account after its line in the audit trail: a failed write leaves a line for a change that was tried,
    /// never a change without a line. A logout changes no account detail, so it leaves none.
    /// </summary>
    private async Task<UserAccount> Write(UserAccount account, string actor, string? action, AuditChange[] changes)
    {
        if (action is not null)
        {
            var line = new AccountChanged(action, account.Username, changes) { Actor = actor, At = time.GetUtcNow() };
            state.State.LogVersion = await Log(account, line);
        }

        state.State.Account = account;
        await state.WriteStateAsync();
        return account;
    }

    /// <summary>Appends to the account's stream; answers its new length.</summary>
    private async Task<int> Log(UserAccount account, AccountChanged line)
    {
        var stream = AccountChanged.Stream(account.Username);
        var scope = account.BrigadeId ?? (account.DetachmentId is { } detachmentId ? AccountDirectories.OfDetachment(detachmentId) : SystemScope);
        var expected = state.State.LogVersion;
        if (!await events.AppendAsync(new StreamAppend(stream, scope, expected, [AccountChanged.Codec.Encode(line)])))
        {
            // Lines written by an upgrade (or an earlier activation) the state does not count yet.
            expected = (await events.ReadStreamAsync(stream)).Count;
            if (!await events.AppendAsync(new StreamAppend(stream, scope, expected, [AccountChanged.Codec.Encode(line)])))
            {
                throw new InvalidOperationException($"The audit line of account {account.Username} could not be appended.");
            }
        }

        return expected + 1;
    }

    /// <summary>What an account change shows in the audit trail: never the password, only that it changed.</summary>
    private static AuditChange[] Changes(UserAccount? before, UserAccount after) =>
    [
        .. new AuditChange[]
        {
            new("姓名", before?.DisplayName, after.DisplayName),
            new("角色", before is null ? null : AccountText.RoleName(before.Role), AccountText.RoleName(after.Role)),
            new("所在单位", before?.UnitId, after.UnitId),
            new("班子成员", before?.LeaderId, after.LeaderId),
            new("状态", before is null ? null : AccountText.StateName(before.Disabled), AccountText.StateName(after.Disabled)),
        }.Where(c => c.Before != c.After),
    ];

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
