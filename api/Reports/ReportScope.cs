namespace Responsibility.Api.Reports;

using Responsibility.Api.Common;
using Responsibility.Api.Rollups;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Accounts;
using Responsibility.Grains.Abstractions.Duties;
using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Oversight;
using Responsibility.Grains.Abstractions.Reports;
using Responsibility.Grains.Abstractions.Rollups;
using Responsibility.Grains.Abstractions.Supervision;
using Responsibility.Grains.Abstractions.Tasks;

/// <summary>
/// SPEC §3 "in reports too": every account of the brigade reads a report's figures, but a task's notes and return
/// reasons only where it may read the task's entries, an instruction's text and 办理情况 only where it may open the
/// instruction, meeting decisions only where it may read meetings, and a leader's 履责纪实 (their contents) only where it may
/// read the leader's records, a 整改 item's problem and an extension's target only where it may read the unit's details
/// (or the task, or the instruction) — as the pages show them, judged by the tasks' and instructions' current definitions and
/// <see cref="AccessPolicy"/>. What is left out is marked, so the layouts count it and say so.
/// </summary>
public sealed class ReportScope
{
    private readonly Caller caller;
    private readonly BrigadeInfo brigade;
    private readonly LeaderDefinition? leader;
    private readonly Dictionary<string, TaskDefinition> tasks;
    private readonly Dictionary<string, InstructionDefinition> instructions;

    private ReportScope(Caller caller, BrigadeInfo brigade, TaskDefinition[] tasks, InstructionView[] instructions)
    {
        this.caller = caller;
        this.brigade = brigade;
        leader = Array.Find(brigade.Leaders, l => l.Id == caller.LeaderId);
        this.tasks = tasks.ToDictionary(t => t.Id, StringComparer.Ordinal);
        this.instructions = instructions.ToDictionary(v => v.Record.Definition.Id, v => v.Record.Definition, StringComparer.Ordinal);
    }

    /// <summary>The scope of <paramref name="caller"/> in the brigade; null when the caller reads everything there.</summary>
    public static async Task<ReportScope?> For(IGrainFactory grains, Caller caller, string brigadeId, IEnumerable<string> taskIds)
    {
        if (caller.IsSystemAdmin || caller.Role is Role.Admin or Role.BrigadeLeader)
        {
            return null;
        }

        var brigadeGrain = grains.GetGrain<IBrigadeGrain>(brigadeId);
        var definitions = await brigadeGrain.GetDefinitions([.. taskIds.Distinct(StringComparer.Ordinal)]);
        var views = await grains.GetGrain<ISupervisionGrain>(brigadeId).ListInstructions(new InstructionFilter());
        return new ReportScope(caller, await brigadeGrain.GetInfo(), definitions, views);
    }

    public static IEnumerable<string> TaskIds(MonthlyReport r) => r.Lagging
        .Concat(r.DueNextMonth).Concat(r.Overview.NewlyDone).Concat(r.Overview.NewlyRed).Select(t => t.TaskId)
        .Concat(r.Returned.Select(x => x.TaskId))
        .Concat(r.Leaders.SelectMany(l => new[] { l.Business, l.Accountability }).Concat(r.Categories.Select(c => c.Rollup))
            .SelectMany(x => x.Lagging).Select(t => t.TaskId));

    public static IEnumerable<string> TaskIds(AnnualReport r) => r.FirstResponsibleTasks
        .Concat(r.Shortcomings).Concat(r.Categories.Concat(r.NextYear).SelectMany(c => c.Tasks)).Select(t => t.TaskId)
        .Concat(new[] { r.Overall, r.FirstResponsible?.Business, r.FirstResponsible?.Accountability }.OfType<Rollup>()
            .Concat(r.Categories.Concat(r.NextYear).Select(c => c.Rollup)).SelectMany(x => x.Lagging).Select(t => t.TaskId));

    public MonthlyReport Apply(MonthlyReport r) => r with
    {
        Overview = r.Overview with { NewlyDone = [.. r.Overview.NewlyDone.Select(Task)], NewlyRed = [.. r.Overview.NewlyRed.Select(Task)] },
        Leaders = [.. r.Leaders.Select(Leader)],
        Categories = [.. r.Categories.Select(c => c with { Rollup = Rollup(c.Rollup) })],
        Lagging = [.. r.Lagging.Select(Task)],
        DueNextMonth = [.. r.DueNextMonth.Select(Task)],
        Returned = [.. r.Returned.Select(x => MayReadTask(x.TaskId, null, null) ? x : x with { Reason = "", ReasonWithheld = true })],
        Instructions = r.Instructions?.Select(Instruction).ToArray(),
        PreviousMeeting = r.PreviousMeeting is { } m ? m with { Decisions = [.. m.Decisions.Select(Decision)] } : null,
        Rectifications = r.Rectifications is { } t
            ? t with { Due = [.. t.Due.Select(Problem)], Overdue = [.. t.Overdue.Select(Problem)] }
            : null,
        Extensions = r.Extensions?.Select(Target).ToArray(),
    };

    public AnnualReport Apply(AnnualReport r) => r with
    {
        Overall = Rollup(r.Overall),
        Categories = [.. r.Categories.Select(Category)],
        FirstResponsible = r.FirstResponsible is { } leader ? Leader(leader) : null,
        FirstResponsibleDuties = r.FirstResponsible is { } first && r.FirstResponsibleDuties is { } duties ? Duties(first.LeaderId, duties) : null,
        FirstResponsibleTasks = [.. r.FirstResponsibleTasks.Select(Task)],
        Shortcomings = [.. r.Shortcomings.Select(Task)],
        NextYear = [.. r.NextYear.Select(Category)],
    };

    private AnnualCategory Category(AnnualCategory c) => c with { Rollup = Rollup(c.Rollup), Tasks = [.. c.Tasks.Select(Task)] };

    private LeaderLine Leader(LeaderLine l) => l with
    {
        Business = Rollup(l.Business),
        Accountability = Rollup(l.Accountability),
        Duties = l.Duties is { } duties ? Duties(l.LeaderId, duties) : null,
    };

    /// <summary>The leader's records as counts only (kind and date stay, the content goes) unless the caller may read them.</summary>
    private LeaderDuties Duties(string leaderId, LeaderDuties duties) =>
        AccessPolicy.CanActOnHolder(caller, DutyHolder.Leader(brigade.Id, leaderId), HolderAction.ReadRecords, leader)
            ? duties
            : duties with { Records = [.. duties.Records.Select(x => x with { Content = "", ContentWithheld = true })] };

    private Rollup Rollup(Rollup rollup) => RollupNotes.Redact(rollup, t => MayReadTask(t.TaskId, t.UnitId, t.LeaderId));

    private ReportTask Task(ReportTask t) =>
        t.LatestNote is null || MayReadTask(t.TaskId, t.UnitId, t.LeaderId) ? t : t with { LatestNote = null, NoteWithheld = true };

    /// <summary>A task as it is now; one the brigade no longer lists is judged as the report saw it (a return: withheld).</summary>
    private bool MayReadTask(string taskId, string? unitId, string? leaderId) =>
        tasks.TryGetValue(taskId, out var task) ? AccessPolicy.CanReadDetails(caller, brigade.Id, task.UnitId, task.LeaderId, leader)
        : unitId is not null && AccessPolicy.CanReadDetails(caller, brigade.Id, unitId, leaderId ?? "", leader);

    /// <summary>A 整改 item's problem as its unit's details: the unit, its 责任领导 and those who oversee the unit read it.</summary>
    private RectificationLine Problem(RectificationLine line) =>
        AccessPolicy.CanReadDetails(caller, brigade.Id, line.UnitId, line.LeaderId, leader)
            ? line
            : line with { Problem = "", Withheld = true };

    /// <summary>An extension's target title as the target itself is read: a task, an instruction, a unit's or leader's item.</summary>
    private ExtensionLine Target(ExtensionLine line)
    {
        var readable = line.TargetKind switch
        {
            ExtensionTargetKind.Task => MayReadTask(line.TargetId, line.UnitId, line.LeaderId),
            ExtensionTargetKind.Instruction =>
                instructions.TryGetValue(line.TargetId, out var d) && AccessPolicy.CanActOnInstruction(caller, d, InstructionAction.Read, leader),
            _ => AccessPolicy.CanReadDetails(caller, brigade.Id, line.UnitId ?? "", line.LeaderId ?? "", leader),
        };
        return readable ? line : line with { TargetTitle = "", Withheld = true };
    }

    private InstructionLine Instruction(InstructionLine line) =>
        instructions.TryGetValue(line.InstructionId, out var d) && AccessPolicy.CanActOnInstruction(caller, d, InstructionAction.Read, leader)
            ? line
            : line with { Text = "", Answer = null, Withheld = true };

    private DecisionLine Decision(DecisionLine d) =>
        (AccessPolicy.CanReadBrigade(caller, brigade.Id, BrigadeAction.ReadMeetings) ? d : d with { Text = "", Withheld = true }) with
        {
            Units = [.. d.Units.Select(Instruction)],
        };
}
