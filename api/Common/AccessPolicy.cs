namespace Responsibility.Api.Common;

using Responsibility.Grains.Abstractions.Accounts;
using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Tasks;

/// <summary>SPEC §3 in one place: who may do what, given the caller and the resource's place in the brigade.</summary>
public static class AccessPolicy
{
    public static bool CanReadBrigade(Caller caller, string brigadeId, BrigadeAction action) => action switch
    {
        _ when caller.IsSystemAdmin => true,
        _ when caller.BrigadeId != brigadeId => false,
        BrigadeAction.ReadOrg or BrigadeAction.ListTasks or BrigadeAction.ReadReports => true,
        BrigadeAction.GenerateReports => caller.Role is Role.Admin or Role.BrigadeLeader,
        BrigadeAction.ReadRollup => caller.Role is Role.Admin or Role.BrigadeLeader or Role.Viewer,
        BrigadeAction.Administer => caller.Role == Role.Admin,
        _ => false,
    };

    public static bool CanReadUnit(Caller caller, string brigadeId, string unitId, LeaderDefinition? callerLeader) =>
        caller.IsSystemAdmin || (caller.BrigadeId == brigadeId && caller.Role switch
        {
            Role.Admin or Role.BrigadeLeader or Role.Viewer => true,
            Role.Leader => callerLeader?.UnitIds.Contains(unitId) == true,
            Role.UnitHead => caller.UnitId == unitId,
            _ => false,
        });

    public static bool CanReadLeader(Caller caller, string brigadeId, string leaderId) =>
        caller.IsSystemAdmin || (caller.BrigadeId == brigadeId && caller.Role switch
        {
            Role.Admin or Role.BrigadeLeader or Role.Viewer => true,
            Role.Leader => caller.LeaderId == leaderId,
            _ => false,
        });

    public static bool CanAct(Caller caller, TaskDefinition task, TaskAction action, LeaderDefinition? callerLeader)
    {
        if (caller.IsSystemAdmin)
        {
            return action is TaskAction.Read or TaskAction.Administer;
        }

        if (caller.BrigadeId != task.BrigadeId)
        {
            return false;
        }

        var supervises = caller.Role == Role.Leader
            && (task.LeaderId == caller.LeaderId || callerLeader?.UnitIds.Contains(task.UnitId) == true);
        var ownUnit = caller.Role == Role.UnitHead && task.UnitId == caller.UnitId;
        return action switch
        {
            TaskAction.Read => caller.Role is Role.Admin or Role.BrigadeLeader or Role.Viewer || supervises || ownUnit,
            TaskAction.Report => ownUnit,
            TaskAction.Supervise => caller.Role == Role.BrigadeLeader || supervises,
            TaskAction.Administer => caller.Role == Role.Admin,
            _ => false,
        };
    }

    /// <summary>Whether a task belongs in the caller's view of the task list.</summary>
    public static bool Narrow(Caller caller, TaskDefinition task, LeaderDefinition? callerLeader) =>
        CanAct(caller, task, TaskAction.Read, callerLeader);
}
