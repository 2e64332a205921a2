namespace Responsibility.Api.Common;

using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Tasks;

/// <summary>
/// Decides a <see cref="Permission"/> for a caller with <see cref="AccessPolicy"/>: for every request through
/// <see cref="AuthorizationBehavior{TMessage,TResponse}"/>, and for a handler whose permission depends on what it reads
/// (a file is read within the scope of what it is attached to).
/// </summary>
public sealed class PermissionCheck(IGrainFactory grains)
{
    public async ValueTask<bool> Allows(Caller caller, Permission permission) => permission switch
    {
        Permission.SignedIn => true,
        Permission.SystemAdmin => caller.IsSystemAdmin,
        Permission.Upload => AccessPolicy.CanUpload(caller),
        Permission.Brigade p => AccessPolicy.CanReadBrigade(caller, p.BrigadeId, p.Action),
        Permission.Task p => await CanActOnTask(caller, p),
        _ => false,
    };

    private async ValueTask<bool> CanActOnTask(Caller caller, Permission.Task permission)
    {
        // An unknown id is answered from the id's shape and the caller's brigade index, so probing ids activates and
        // stores nothing. Another brigade's task is reported as missing too: its existence is not the caller's business.
        var known = TaskIds.IsWellFormed(permission.TaskId)
            && (caller.BrigadeId is not { } brigadeId || await grains.GetGrain<IBrigadeGrain>(brigadeId).HasTask(permission.TaskId));
        var task = known ? (await grains.GetGrain<ITaskGrain>(permission.TaskId).GetSnapshot(null))?.Definition : null;
        if (task is null || (!caller.IsSystemAdmin && task.BrigadeId != caller.BrigadeId))
        {
            throw DomainException.NotFound("任务不存在。");
        }

        return AccessPolicy.CanAct(caller, task, permission.Action, await LeaderOf(caller));
    }

    private async ValueTask<LeaderDefinition?> LeaderOf(Caller caller)
    {
        if (caller.LeaderId is null || caller.BrigadeId is null)
        {
            return null;
        }

        var info = await grains.GetGrain<IBrigadeGrain>(caller.BrigadeId).GetInfo();
        return Array.Find(info.Leaders, l => l.Id == caller.LeaderId);
    }
}
