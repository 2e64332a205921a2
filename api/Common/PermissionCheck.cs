namespace Responsibility.Api.Common;

using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Duties;
using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Supervision;
using Responsibility.Grains.Abstractions.Tasks;
using Responsibility.Api.Duties;
using Responsibility.Api.Oversight;

/// <summary>
/// Decides a <see cref="Permission"/> for a caller with <see cref="AccessPolicy"/>: for every request through
/// <see cref="AuthorizationBehavior{TMessage,TResponse}"/>, and for a handler whose permission depends on what it reads
/// (a file is read within the scope of what it is attached to).
/// </summary>
public sealed class PermissionCheck(IGrainFactory grains, IServiceProvider services)
{
    public async ValueTask<bool> Allows(Caller caller, Permission permission) => permission switch
    {
        Permission.SignedIn => true,
        Permission.Detachment p => KnownDetachment(caller, p.DetachmentId) && AccessPolicy.CanActOnDetachment(caller, p.DetachmentId, p.Action),
        // A detachment account at its level reaches no brigade's record by id: those are read in the brigade (SPEC §3).
        _ when caller.AtDetachment => await AtDetachment(caller, permission),
        Permission.SystemAdmin => caller.IsSystemAdmin,
        Permission.Upload => AccessPolicy.CanUpload(caller),
        Permission.Brigade p => Known(caller, p.BrigadeId) && AccessPolicy.CanReadBrigade(caller, p.BrigadeId, p.Action),
        Permission.Task p => await CanActOnTask(caller, p),
        Permission.Unit p => await CanActOnUnit(caller, p),
        Permission.Instruction p => await CanActOnInstruction(caller, p),
        Permission.Meeting p => await CanActOnMeeting(caller, p),
        Permission.Holder p => await CanActOnHolder(caller, p.DutyHolder, p.Action),
        Permission.Pledge p => await CanActOnPledge(caller, p),
        Permission.Bulletin p => await CanActOnBulletin(caller, p),
        Permission.Inspection p => await CanActOnInspection(caller, p),
        Permission.Rectification p => await CanActOnRectification(caller, p),
        Permission.AskExtension p => await CanAskExtension(caller, p.Target),
        Permission.Extension p => await CanActOnExtension(caller, p),
        _ => false,
    };

    /// <summary>SPEC §3: another brigade is not the caller's business, so it is missing (404), as an unknown one is.</summary>
    internal static bool Known(Caller caller, string brigadeId) =>
        caller.IsSystemAdmin || caller.BrigadeId == brigadeId ? true : throw DomainException.NotFound("大队不存在。");

    /// <summary>Another detachment (or none, for a brigade's account) is missing (404), as an unknown one is.</summary>
    internal static bool KnownDetachment(Caller caller, string detachmentId) =>
        caller.IsSystemAdmin || caller.Detachment?.DetachmentId == detachmentId ? true : throw DomainException.NotFound("支队不存在。");

    /// <summary>
    /// What a detachment account may do outside its detachment's routes: nothing of a brigade's by id (404, as for a
    /// brigade not its own) but its detachment's own 督办 (<see cref="AccessPolicy.CanActOnDetachmentInstruction"/>).
    /// </summary>
    private async ValueTask<bool> AtDetachment(Caller caller, Permission permission) => permission switch
    {
        Permission.Brigade p => Known(caller, p.BrigadeId),
        Permission.Instruction p => await DetachmentInstruction(caller, p),
        _ => throw DomainException.NotFound("不存在。"),
    };

    /// <summary>Answered from the detachment's stream, so probing ids activates no instruction; a brigade's own is missing.</summary>
    private async ValueTask<bool> DetachmentInstruction(Caller caller, Permission.Instruction permission)
    {
        if (!RecordIds.IsWellFormed(permission.InstructionId)
            || !await grains.GetGrain<IDetachmentGrain>(caller.Detachment!.DetachmentId).HasInstruction(permission.InstructionId))
        {
            throw DomainException.NotFound("批示不存在。");
        }

        return AccessPolicy.CanActOnDetachmentInstruction(caller, permission.Action);
    }

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

    /// <summary>Another brigade's units are refused as its other details are; an unknown unit of one's own brigade is 404.</summary>
    private async ValueTask<bool> CanActOnUnit(Caller caller, Permission.Unit permission)
    {
        // Another brigade's unit is missing (404) as the brigade is, not refused.
        if (!Known(caller, permission.BrigadeId) || !AccessPolicy.CanReadBrigade(caller, permission.BrigadeId, BrigadeAction.ReadOrg))
        {
            return false;
        }

        var info = await grains.GetGrain<IBrigadeGrain>(permission.BrigadeId).GetInfo();
        if (Array.TrueForAll(info.Units, u => u.Id != permission.UnitId))
        {
            throw DomainException.NotFound($"单位 {permission.UnitId} 不存在。");
        }

        return permission.Action == UnitAction.Instruct
            ? AccessPolicy.CanInstructUnit(caller, permission.BrigadeId, permission.UnitId, Array.Find(info.Leaders, l => l.Id == caller.LeaderId))
            : AccessPolicy.CanReadBrigade(caller, permission.BrigadeId, BrigadeAction.ReadInstructions);
    }

    /// <summary>Answered from the brigade's 督办台账, so probing ids activates nothing; another brigade's instruction is missing too.</summary>
    private async ValueTask<bool> CanActOnInstruction(Caller caller, Permission.Instruction permission)
    {
        var record = !RecordIds.IsWellFormed(permission.InstructionId) ? null
            : caller.BrigadeId is { } brigadeId ? (await grains.GetGrain<ISupervisionGrain>(brigadeId).FindInstruction(permission.InstructionId))?.Record
            : await grains.GetGrain<IInstructionGrain>(permission.InstructionId).Get();
        if (record is null)
        {
            throw DomainException.NotFound("批示不存在。");
        }

        return AccessPolicy.CanActOnInstruction(caller, record.Definition, permission.Action, await LeaderOf(caller));
    }

    private async ValueTask<bool> CanActOnMeeting(Caller caller, Permission.Meeting permission)
    {
        var meeting = !RecordIds.IsWellFormed(permission.MeetingId) ? null
            : caller.BrigadeId is { } brigadeId ? await grains.GetGrain<ISupervisionGrain>(brigadeId).FindMeeting(permission.MeetingId)
            : await grains.GetGrain<IMeetingGrain>(permission.MeetingId).Get();
        if (meeting is null)
        {
            throw DomainException.NotFound("会议不存在。");
        }

        return AccessPolicy.CanActOnMeeting(caller, meeting.Definition.BrigadeId, permission.Action);
    }

    /// <summary>Answered from the brigade's 督责台账, so probing ids activates nothing; another brigade's 通报 is missing too.</summary>
    private async ValueTask<bool> CanActOnBulletin(Caller caller, Permission.Bulletin permission)
    {
        var bulletin = !RecordIds.IsWellFormed(permission.BulletinId) ? null
            : caller.BrigadeId is { } brigadeId
                ? Array.Find(await grains.GetGrain<IOversightGrain>(brigadeId).ListBulletins(null), b => b.Id == permission.BulletinId)
                  ?? Array.Find(await BulletinHandler.Circulated(grains, await grains.GetGrain<IBrigadeGrain>(brigadeId).GetInfo(), null), b => b.Id == permission.BulletinId)
            : await grains.GetGrain<IBulletinGrain>(permission.BulletinId).Get();
        if (bulletin is null)
        {
            throw DomainException.NotFound("通报不存在。");
        }

        if (bulletin.DetachmentId is not null)
        {
            // A 支队通报 circulated to the brigade: read there, changed only at the detachment's own routes.
            return permission.Action == BulletinAction.Read && (caller.IsSystemAdmin || bulletin.IsIssued);
        }

        return AccessPolicy.CanActOnBulletin(caller, bulletin.BrigadeId, bulletin.IsIssued, permission.Action);
    }

    /// <summary>Another brigade's leader or unit is missing (404), as an unknown one of one's own brigade is.</summary>
    private async ValueTask<bool> CanActOnHolder(Caller caller, DutyHolder holder, HolderAction action)
    {
        Known(caller, holder.BrigadeId);
        var info = await grains.GetGrain<IBrigadeGrain>(holder.BrigadeId).GetInfo();
        var exists = holder.Kind == DutyHolderKind.Leader
            ? Array.Exists(info.Leaders, l => l.Id == holder.Id)
            : Array.Exists(info.Units, u => u.Id == holder.Id);
        if (!exists)
        {
            throw DomainException.NotFound(holder.Kind == DutyHolderKind.Leader ? $"班子成员 {holder.Id} 不存在。" : $"单位 {holder.Id} 不存在。");
        }

        return AccessPolicy.CanActOnHolder(caller, holder, action, Array.Find(info.Leaders, l => l.Id == caller.LeaderId));
    }

    /// <summary>
    /// A 责任书 of a pair the brigade has that year; its scan is read by whoever reads either party's records, its signing
    /// recorded by the Admin.
    /// </summary>
    private async ValueTask<bool> CanActOnPledge(Caller caller, Permission.Pledge permission)
    {
        var pair = await Pledges.Find(grains, permission.PledgeId, caller);
        return permission.Action switch
        {
            PledgeAction.Read => AccessPolicy.CanReadBrigade(caller, pair.PartyB.BrigadeId, BrigadeAction.ReadDuties),
            PledgeAction.Sign => AccessPolicy.CanReadBrigade(caller, pair.PartyB.BrigadeId, BrigadeAction.ManageDuties),
            _ => await CanActOnHolder(caller, pair.PartyB, HolderAction.ReadRecords)
                 || await CanActOnHolder(caller, DutyHolder.Leader(pair.PartyB.BrigadeId, pair.PartyA), HolderAction.ReadRecords),
        };
    }

    /// <summary>Answered from the brigade's 督责台账, so probing ids activates nothing; another brigade's inspection is missing too.</summary>
    private async ValueTask<bool> CanActOnInspection(Caller caller, Permission.Inspection permission)
    {
        var inspection = await InspectionLookup.Find(grains, caller, permission.InspectionId) ?? throw DomainException.NotFound("检查不存在。");
        return AccessPolicy.CanActOnInspection(caller, inspection, permission.Action, await LeaderOf(caller));
    }

    private async ValueTask<bool> CanActOnRectification(Caller caller, Permission.Rectification permission)
    {
        var (item, inspection) = await InspectionLookup.FindItem(grains, caller, permission.RectificationId) ?? throw DomainException.NotFound("整改事项不存在。");
        return AccessPolicy.CanActOnRectification(caller, item, inspection.InspectorIds, permission.Action, await LeaderOf(caller));
    }

    /// <summary>Whether the caller may ask, and whether the target is past its date (then the caller sets the new one).</summary>
    public async ValueTask<(bool Allowed, bool PastDue)> ExtensionStanding(Caller caller, Grains.Abstractions.Oversight.ExtensionTarget target)
    {
        if (caller.BrigadeId is not { } brigadeId)
        {
            return (false, false);
        }

        var info = await grains.GetGrain<IBrigadeGrain>(brigadeId).GetInfo();
        var today = Pages.BrigadeDay.Today(services, info.Settings.TimeZone);
        var facts = await Grains.Abstractions.Oversight.ExtensionTargets.Read(grains, info, target, today);
        var pastDue = today > facts.Deadline.Due;
        return (AccessPolicy.CanAskExtension(caller, target, facts, pastDue, Array.Find(info.Leaders, l => l.Id == caller.LeaderId)), pastDue);
    }

    private async ValueTask<bool> CanAskExtension(Caller caller, Grains.Abstractions.Oversight.ExtensionTarget target) =>
        (await ExtensionStanding(caller, target)).Allowed;

    /// <summary>Answered from the brigade's 督责台账, so probing ids activates nothing; another brigade's request is missing too.</summary>
    private async ValueTask<bool> CanActOnExtension(Caller caller, Permission.Extension permission)
    {
        var request = await FindExtension(caller, permission.ExtensionId) ?? throw DomainException.NotFound("延期申请不存在。");
        return AccessPolicy.CanActOnExtension(caller, request, permission.Action, await LeaderOf(caller));
    }

    /// <summary>The request of the caller's brigade (any brigade's for the system admin); null when there is none.</summary>
    public async ValueTask<Grains.Abstractions.Oversight.ExtensionRequest?> FindExtension(Caller caller, string extensionId) =>
        !RecordIds.IsWellFormed(extensionId) ? null
        : caller.BrigadeId is { } brigadeId ? Array.Find(await grains.GetGrain<IOversightGrain>(brigadeId).ListExtensions(), e => e.Id == extensionId)
        : await grains.GetGrain<IExtensionGrain>(extensionId).Get();

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
