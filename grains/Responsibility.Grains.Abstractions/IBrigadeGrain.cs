namespace Responsibility.Grains.Abstractions;

using Orleans.Concurrency;
using Responsibility.Grains.Abstractions.Detachments;
using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Rollups;
using Responsibility.Grains.Abstractions.Tasks;

/// <summary>
/// The tenant (大队): organisation, settings, the yearly task index and the brigade rollup.
/// Keyed by the brigade id.
/// </summary>
public interface IBrigadeGrain : IGrainWithStringKey
{
    /// <summary>Creates the brigade or updates its settings; pushes new settings to units and leaders.</summary>
    Task<BrigadeInfo> Configure(BrigadeSettings settings, string actor);

    /// <summary>The brigade with its units and leaders; <see cref="ErrorKind.NotFound"/> if never configured.</summary>
    Task<BrigadeInfo> GetInfo();

    /// <summary>Time zone and thresholds; <see cref="ErrorKind.NotFound"/> if never configured.</summary>
    Task<BrigadeSettings> GetSettings();

    /// <summary>
    /// Joins the 支队 (called by its <see cref="IDetachmentGrain"/>); the same one again changes nothing, another one is
    /// <see cref="ErrorKind.Conflict"/>; <see cref="ErrorKind.NotFound"/> if never configured.
    /// </summary>
    Task<BrigadeInfo> JoinDetachment(string detachmentId, string actor);

    Task<UnitDefinition> UpsertUnit(UnitDefinition unit, string actor);

    Task<LeaderDefinition> UpsertLeader(LeaderDefinition leader, string actor);

    /// <summary>Checks the unit and leader exist and the code is free for the year, then defines the task.</summary>
    Task<TaskView> CreateTask(TaskDraft draft, string actor);

    /// <summary>Resolves and checks a unit/leader assignment for a task being changed.</summary>
    Task<string> ResolveAssignment(string unitId, string? leaderId);

    /// <summary>Tasks matching the filter, judged at <paramref name="asOf"/> (default: today in the brigade's time zone).</summary>
    Task<TaskView[]> ListTasks(TaskFilter filter, DateOnly? asOf);

    /// <summary>Whether the task is one of this brigade's: answers from the index without touching the task.</summary>
    Task<bool> HasTask(string taskId);

    /// <summary>The current definitions of the given tasks of this brigade (unknown ids are left out).</summary>
    Task<TaskDefinition[]> GetDefinitions(string[] taskIds);

    /// <summary>The live measures of a year's tasks, for what judges reporting (the inbox, 催报) without waking the tasks.</summary>
    Task<TaskSnapshot[]> GetSnapshots(int year);

    /// <summary>The ids of the tasks planned for the given years.</summary>
    Task<string[]> GetTaskIds(int[] years);

    Task<BrigadeRollup> GetRollup(int? year, DateOnly? asOf);

    /// <summary>
    /// The year's overall rollup as of the end of <paramref name="asOf"/> and the units 催报 names that day, from one
    /// judgement of the tasks (live for today, replayed for a past day). The 支队's read of the brigade's figures starts
    /// here: from this call on, the next change is told to the 支队 (<see cref="IDetachmentGrain.BrigadeChanged"/>).
    /// </summary>
    Task<BrigadeReporting> GetReporting(int year, DateOnly asOf);

    /// <summary>
    /// Told by the grains whose figures flow up beside the brigade's own (督办, 整改, extensions) after every change,
    /// before they answer their caller; the brigade tells its 支队 as it does of its own changes.
    /// </summary>
    [AlwaysInterleave]
    Task OnFiguresChanged();

    /// <summary>One unit's tasks; <see cref="ErrorKind.NotFound"/> for a unit the brigade does not have.</summary>
    Task<UnitRollup> GetUnitRollup(string unitId, int? year, DateOnly? asOf);

    /// <summary>One leader's tasks on both duty lines (一岗双责).</summary>
    Task<LeaderRollup> GetLeaderRollup(string leaderId, int? year, DateOnly? asOf);

    /// <summary>
    /// Called by a task grain after every change, before it answers its caller (read-your-writes). Answers the
    /// brigade's settings, so the task judges with current ones without asking again.
    /// </summary>
    Task<BrigadeSettings> OnTaskChanged(TaskSnapshot snapshot);

    /// <summary>
    /// Receives a 支队 template's instance (支队交办): a task of this brigade keyed by the template, so the same template
    /// again answers the same task. It waits unassigned (no unit or leader, out of every rollup) until the brigade sets
    /// them through <see cref="ITaskGrain.Update"/>; its code is the template's, or with a suffix when the brigade already
    /// has that code. Answers the instance's task id.
    /// </summary>
    Task<string> ReceiveTemplateTask(Detachments.TemplateSource source, TaskDraft draft, string actor);

    /// <summary>
    /// Notes that a template's change (<paramref name="version"/>) reached its instance, for the Admin's inbox; the same
    /// version again changes nothing.
    /// </summary>
    Task NoteTemplateAdjusted(string taskId, int version, string note, string actor);

    /// <summary>The instances of 支队 templates this brigade holds, assigned or waiting.</summary>
    Task<Detachments.TemplateInstanceState[]> GetTemplateInstances();
}
