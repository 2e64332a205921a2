namespace Responsibility.Grains.Abstractions;

using Orleans.Concurrency;
using Responsibility.Grains.Abstractions.Tasks;

/// <summary>
/// A yearly task and its append-only progress entries: the source of truth every rollup derives from.
/// Keyed by the server-generated task id.
/// </summary>
public interface ITaskGrain : IGrainWithStringKey
{
    /// <summary>Called once by the owning brigade; the task does not notify the brigade back.</summary>
    Task<TaskSnapshot> Define(TaskDefinition definition, string actor);

    Task<TaskView> GetView(DateOnly? asOf);

    Task<ProgressEntry[]> GetEntries();

    /// <summary>
    /// Up to <paramref name="limit"/> entries recorded before position <paramref name="before"/> (null: the newest),
    /// returned ones included, newest first: a page crosses the boundary, never the whole history.
    /// </summary>
    Task<EntryPage> GetEntryPage(int limit, long? before);

    /// <summary>The definition with every entry, returned ones included, for reports to replay.</summary>
    Task<TaskRecord> GetRecord();

    /// <summary>Appends an entry; the same caller repeating an idempotency key gets the first answer, counted once.</summary>
    Task<EntryResult> ReportProgress(ProgressReport report, string actor);

    /// <summary>退回: the entry stops counting in every rollup before this call returns.</summary>
    Task<EntryResult> ReturnEntry(string entryId, string reason, string actor);

    /// <summary>Changes the definition if <paramref name="expectedVersion"/> is current (null: whatever the version).</summary>
    Task<TaskView> Update(TaskPatch patch, int? expectedVersion, string actor);

    /// <summary>
    /// Moves the task's current due date by a granted extension (<paramref name="extensionId"/>); the definition keeps the
    /// original. The same extension again changes nothing.
    /// </summary>
    Task<TaskView> MoveDue(string extensionId, DateOnly due, string actor);

    /// <summary>
    /// The task's measure at a date (null: all accepted entries), for aggregates rebuilding or replaying.
    /// Null when the task was never defined.
    /// </summary>
    // Interleaves because aggregates call it while this task may be awaiting them (rebuild on activation);
    // it only reads state that is written before the task makes any outgoing call.
    [AlwaysInterleave]
    Task<TaskSnapshot?> GetSnapshot(DateOnly? asOf);

    /// <summary>
    /// The 支队 changed the template this task is an instance of (its <paramref name="version"/>): the template's fields
    /// take the new values, the unit and leader stay, and the change is an event of the task with <paramref name="note"/>
    /// (before → after). An older or the same version again changes nothing.
    /// </summary>
    Task<TaskView> AdjustFromTemplate(Detachments.TemplateTask template, int version, string note, string actor);
}
