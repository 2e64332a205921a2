namespace Responsibility.Api.Common;

using Responsibility.Grains.Abstractions.Accounts;
using Responsibility.Grains.Abstractions.Duties;
using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Oversight;
using Responsibility.Grains.Abstractions.Supervision;
using Responsibility.Grains.Abstractions.Tasks;

/// <summary>
/// SPEC §3 in one place. Figures are open inside the brigade (rollups, the dashboard, task progress, reports: the
/// monthly report is read out at the meeting); details — entries and their notes — follow the caller's scope.
/// </summary>
public static class AccessPolicy
{
    public static bool CanReadBrigade(Caller caller, string brigadeId, BrigadeAction action) => action switch
    {
        // A meeting is the brigade leaders' act, minuted by its office (the brigade's Admin); never the system administrator's.
        BrigadeAction.HoldMeetings => caller.BrigadeId == brigadeId && caller.Role is Role.BrigadeLeader or Role.Admin,
        BrigadeAction.DraftBulletins => caller.BrigadeId == brigadeId && caller.Role is Role.BrigadeLeader or Role.Admin,
        // 考核组评分, locks and adjustments are the brigade's own 考核组 (its leaders and office), never the system administrator's.
        BrigadeAction.ReviewAppraisal => caller.BrigadeId == brigadeId && caller.Role is Role.BrigadeLeader or Role.Admin,
        _ when caller.IsSystemAdmin => true,
        _ when caller.BrigadeId != brigadeId => false,
        BrigadeAction.ReadOrg or BrigadeAction.ListTasks or BrigadeAction.ReadReports or BrigadeAction.ReadRollup => true,
        BrigadeAction.GenerateReports or BrigadeAction.ReadAudit or BrigadeAction.ExportLedger => caller.Role is Role.Admin or Role.BrigadeLeader,
        BrigadeAction.ReadInstructions or BrigadeAction.ReadMeetings or BrigadeAction.ReadRisks or BrigadeAction.ReadInspections => caller.Role != Role.Viewer,
        BrigadeAction.RecordInspections => caller.Role is Role.Admin or Role.BrigadeLeader or Role.Leader,
        BrigadeAction.ReadDuties or BrigadeAction.ReadBulletins => true,
        BrigadeAction.Administer or BrigadeAction.ManageDuties => caller.Role == Role.Admin,
        BrigadeAction.ReadAppraisal => true,
        BrigadeAction.ManageAppraisal => caller.Role == Role.Admin,
        _ => false,
    };

    /// <summary>
    /// A detachment at its level: its own accounts by role, the system administrator to establish and administer it.
    /// Anyone else never learns it exists (<see cref="PermissionCheck"/> answers 404).
    /// </summary>
    public static bool CanActOnDetachment(Caller caller, string detachmentId, DetachmentAction action) =>
        caller.IsSystemAdmin
            ? action is DetachmentAction.Read or DetachmentAction.ReadDetails or DetachmentAction.Administer or DetachmentAction.Establish
            : caller.AtDetachment && caller.Detachment!.DetachmentId == detachmentId && action switch
            {
                DetachmentAction.Read => true,
                DetachmentAction.ReadDetails => caller.Role is Role.DetachmentAdmin or Role.DetachmentLeader,
                DetachmentAction.Administer => caller.Role == Role.DetachmentAdmin,
                DetachmentAction.Instruct or DetachmentAction.Issue => caller.Role == Role.DetachmentLeader,
                _ => false,
            };

    /// <summary>
    /// The detachment's own 督办, at its level: read by every account of the detachment, closed and reopened by a
    /// DetachmentLeader (it is their 督办), answered never (the brigade's leaders answer it).
    /// </summary>
    public static bool CanActOnDetachmentInstruction(Caller caller, InstructionAction action) => caller.AtDetachment && action switch
    {
        InstructionAction.Read => true,
        InstructionAction.Close => caller.Role == Role.DetachmentLeader,
        _ => false,
    };

    /// <summary>
    /// Uploading evidence, which only its uploader reads until an owner (an entry, an answer) attaches it: anyone of a
    /// brigade who may report or answer, never a Viewer.
    /// </summary>
    public static bool CanUpload(Caller caller) => caller.BrigadeId is not null && caller.Role != Role.Viewer;

    /// <summary>
    /// Entries and notes of a unit's task: the brigade's Admin and leaders, the leader who supervises the task or its
    /// unit, and the unit's head. A Viewer never.
    /// </summary>
    public static bool CanReadDetails(
        Caller caller, string brigadeId, string unitId, string leaderId, LeaderDefinition? callerLeader) =>
        caller.IsSystemAdmin || (caller.BrigadeId == brigadeId && caller.Role switch
        {
            Role.Admin or Role.BrigadeLeader => true,
            Role.Leader => leaderId == caller.LeaderId || callerLeader?.UnitIds.Contains(unitId) == true,
            Role.UnitHead => unitId == caller.UnitId,
            _ => false,
        });

    public static bool CanAct(Caller caller, TaskDefinition task, TaskAction action, LeaderDefinition? callerLeader)
    {
        if (caller.IsSystemAdmin)
        {
            return action is TaskAction.Read or TaskAction.ReadEntries or TaskAction.Administer;
        }

        if (caller.BrigadeId != task.BrigadeId)
        {
            return false;
        }

        var details = CanReadDetails(caller, task.BrigadeId, task.UnitId, task.LeaderId, callerLeader);
        return action switch
        {
            TaskAction.Read => true,
            TaskAction.ReadEntries => details,
            TaskAction.Report => caller.Role == Role.UnitHead && task.UnitId == caller.UnitId,
            TaskAction.Supervise => caller.Role is Role.BrigadeLeader or Role.Leader && details,
            TaskAction.Administer => caller.Role == Role.Admin,
            _ => false,
        };
    }

    /// <summary>批示 on a unit: a brigade leader anywhere in the brigade, a leader on the units they supervise.</summary>
    public static bool CanInstructUnit(Caller caller, string brigadeId, string unitId, LeaderDefinition? callerLeader) =>
        caller.BrigadeId == brigadeId
        && (caller.Role == Role.BrigadeLeader || (caller.Role == Role.Leader && callerLeader?.UnitIds.Contains(unitId) == true));

    /// <summary>
    /// An instruction is read by its author while a leader and by whoever reads its unit's details under its supervising
    /// leader (a Viewer never); answered by the unit's head; closed and reopened as <see cref="InstructionAuthority"/>
    /// says. The system admin only reads.
    /// </summary>
    public static bool CanActOnInstruction(
        Caller caller, InstructionDefinition instruction, InstructionAction action, LeaderDefinition? callerLeader)
    {
        if (caller.IsSystemAdmin)
        {
            return action == InstructionAction.Read;
        }

        if (caller.BrigadeId != instruction.BrigadeId)
        {
            return false;
        }

        return action switch
        {
            InstructionAction.Read => (caller.Username == instruction.Author && caller.Role is Role.Leader or Role.BrigadeLeader)
                || CanReadDetails(caller, instruction.BrigadeId, instruction.UnitId, instruction.LeaderId ?? "", callerLeader),
            // A 支队督办 is addressed to the brigade's leaders: any BrigadeLeader answers it.
            InstructionAction.Answer => instruction.IsFromDetachment
                ? caller.Role == Role.BrigadeLeader
                : caller.Role == Role.UnitHead && caller.UnitId == instruction.UnitId,
            InstructionAction.Close => InstructionAuthority.MayClose(caller.Role, caller.Username, caller.LeaderId, instruction, callerLeader),
            _ => false,
        };
    }

    /// <summary>
    /// SPEC §3 for duties: a leader's or a unit's items and completion are figures, open in the brigade; its records and
    /// 谈话 are read by the leader themselves (or over the unit), the unit's head, the brigade's leaders and Admin, and
    /// written by the same people but the Admin; a Viewer reads counts only.
    /// </summary>
    public static bool CanActOnHolder(Caller caller, DutyHolder holder, HolderAction action, LeaderDefinition? callerLeader)
    {
        if (caller.IsSystemAdmin)
        {
            return action is HolderAction.ReadDuties or HolderAction.ReadRecords;
        }

        if (caller.BrigadeId != holder.BrigadeId)
        {
            return false;
        }

        var own = holder.Kind == DutyHolderKind.Leader
            ? caller.Role is Role.Leader or Role.BrigadeLeader && caller.LeaderId == holder.Id
            : (caller.Role == Role.UnitHead && caller.UnitId == holder.Id)
              || (caller.Role is Role.Leader or Role.BrigadeLeader && callerLeader?.UnitIds.Contains(holder.Id) == true);
        return action switch
        {
            HolderAction.ReadDuties => true,
            HolderAction.ReadRecords => caller.Role is Role.Admin or Role.BrigadeLeader || own,
            HolderAction.Record => caller.Role == Role.BrigadeLeader || own,
            HolderAction.EditAccountability => holder.Kind == DutyHolderKind.Leader && own,
            HolderAction.DecideAccountability => holder.Kind == DutyHolderKind.Leader && caller.Role == Role.BrigadeLeader && caller.LeaderId != holder.Id,
            HolderAction.SelfAppraise => holder.Kind == DutyHolderKind.Leader
                ? caller.Role is Role.Leader or Role.BrigadeLeader && caller.LeaderId == holder.Id
                : caller.Role == Role.UnitHead && caller.UnitId == holder.Id,
            _ => false,
        };
    }

    /// <summary>
    /// 延期申请 (SPEC §3): before the current due date the head of the target's unit asks (a leader for their own duty
    /// slot); once it has passed only a leader in scope sets a new date — a BrigadeLeader, or the target's supervising
    /// leader or the leader over its unit.
    /// </summary>
    public static bool CanAskExtension(Caller caller, ExtensionTarget target, ExtensionTargets.Facts facts, bool pastDue, LeaderDefinition? callerLeader)
    {
        if (pastDue)
        {
            return CanSetDue(caller, facts, callerLeader);
        }

        return target.LeaderId is { } own
            ? caller.Role is Role.Leader or Role.BrigadeLeader && caller.LeaderId == own
            : caller.Role == Role.UnitHead && facts.UnitId is not null && caller.UnitId == facts.UnitId;
    }

    public static bool CanSetDue(Caller caller, ExtensionTargets.Facts facts, LeaderDefinition? callerLeader) =>
        caller.Role == Role.BrigadeLeader
        || (caller.Role == Role.Leader && caller.LeaderId is not null
            && (facts.LeaderId == caller.LeaderId || (facts.UnitId is not null && callerLeader?.UnitIds.Contains(facts.UnitId) == true)));

    /// <summary>
    /// A 延期申请 is read by its requester, its approver(s), the brigade's Admin and leaders and the leader over its unit (a
    /// Viewer never); decided by its approver: the leader it names, or a BrigadeLeader when it names none.
    /// </summary>
    public static bool CanActOnExtension(Caller caller, ExtensionRequest request, ExtensionAction action, LeaderDefinition? callerLeader)
    {
        if (caller.IsSystemAdmin)
        {
            return action == ExtensionAction.Read;
        }

        if (caller.BrigadeId != request.BrigadeId || caller.Role == Role.Viewer)
        {
            return false;
        }

        var decides = request.Approver.LeaderId is { } leaderId
            ? caller.Role is Role.Leader or Role.BrigadeLeader && caller.LeaderId == leaderId
            : caller.Role == Role.BrigadeLeader;
        return action switch
        {
            ExtensionAction.Read => decides || caller.Username == request.Requester || caller.Role is Role.Admin or Role.BrigadeLeader
                || (request.UnitId is not null && callerLeader?.UnitIds.Contains(request.UnitId) == true),
            ExtensionAction.Decide => decides,
            _ => false,
        };
    }

    public static bool CanActOnMeeting(Caller caller, string brigadeId, MeetingAction action) => action switch
    {
        MeetingAction.Decide => CanReadBrigade(caller, brigadeId, BrigadeAction.HoldMeetings),
        MeetingAction.ReadRatings => caller.BrigadeId == brigadeId && caller.Role is Role.BrigadeLeader or Role.Admin or Role.Leader,
        MeetingAction.CloseRating => caller.BrigadeId == brigadeId && caller.Role == Role.BrigadeLeader,
        _ => CanReadBrigade(caller, brigadeId, BrigadeAction.ReadMeetings),
    };

    /// <summary>
    /// A 通报 once issued is circulated to the whole brigade; a draft is read and changed by whoever drafts (BrigadeLeader,
    /// the office's Admin); only a BrigadeLeader issues (签发).
    /// </summary>
    public static bool CanActOnBulletin(Caller caller, string brigadeId, bool issued, BulletinAction action) => action switch
    {
        BulletinAction.Issue => caller.BrigadeId == brigadeId && caller.Role == Role.BrigadeLeader,
        BulletinAction.Edit => CanReadBrigade(caller, brigadeId, BrigadeAction.DraftBulletins),
        _ => CanReadBrigade(caller, brigadeId, BrigadeAction.ReadBulletins)
            && (issued || caller.IsSystemAdmin || CanReadBrigade(caller, brigadeId, BrigadeAction.DraftBulletins)),
    };

    /// <summary>
    /// SPEC §3 for inspections: read by the brigade's Admin and leaders, its inspectors, the leaders over a unit it checked
    /// and a checked unit's head (a Viewer never); a finding added by a BrigadeLeader, the Admin or an inspector named on it.
    /// The system admin only reads.
    /// </summary>
    public static bool CanActOnInspection(Caller caller, Inspection inspection, InspectionAction action, LeaderDefinition? callerLeader)
    {
        if (caller.IsSystemAdmin)
        {
            return action == InspectionAction.Read;
        }

        if (caller.BrigadeId != inspection.BrigadeId)
        {
            return false;
        }

        var inspector = caller.Role is Role.Leader or Role.BrigadeLeader && caller.LeaderId is { } me && inspection.InspectorIds.Contains(me);
        return action switch
        {
            InspectionAction.Read => caller.Role is Role.Admin or Role.BrigadeLeader || inspector
                || (caller.Role == Role.Leader && inspection.UnitIds.Any(u => callerLeader?.UnitIds.Contains(u) == true))
                || (caller.Role == Role.UnitHead && caller.UnitId is { } unit && inspection.UnitIds.Contains(unit)),
            InspectionAction.AddFinding => caller.Role is Role.Admin or Role.BrigadeLeader || inspector,
            _ => false,
        };
    }

    /// <summary>
    /// A 整改 item is read as its unit's details are (<see cref="CanReadDetails"/> under its 责任领导) and by its
    /// inspection's inspectors; reported by the unit's head; closed or sent back by a BrigadeLeader, the Admin or an
    /// inspector named on its inspection. The system admin only reads.
    /// </summary>
    public static bool CanActOnRectification(
        Caller caller, Rectification item, string[] inspectorIds, RectificationAction action, LeaderDefinition? callerLeader)
    {
        if (caller.IsSystemAdmin)
        {
            return action == RectificationAction.Read;
        }

        if (caller.BrigadeId != item.BrigadeId)
        {
            return false;
        }

        var inspector = caller.Role is Role.Leader or Role.BrigadeLeader && caller.LeaderId is { } me && inspectorIds.Contains(me);
        return action switch
        {
            RectificationAction.Read => inspector || CanReadDetails(caller, item.BrigadeId, item.UnitId, item.LeaderId, callerLeader),
            RectificationAction.Report => caller.Role == Role.UnitHead && caller.UnitId == item.UnitId,
            RectificationAction.Check => caller.Role is Role.Admin or Role.BrigadeLeader || inspector,
            _ => false,
        };
    }
}
