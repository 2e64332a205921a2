namespace Responsibility.Grains.Tasks;

using Responsibility.Grains.Abstractions.Tasks;
using Responsibility.Grains.Journal;

/// <summary>Everything that happens to a task: its stream in the log is its whole history (留痕).</summary>
[GenerateSerializer]
public abstract record TaskEvent : JournalEvent
{
    public static readonly EventCodec<TaskEvent> Codec = new(new Dictionary<string, Type>
    {
        ["TaskDefined"] = typeof(TaskDefined),
        ["TaskChanged"] = typeof(TaskChanged),
        ["ProgressReported"] = typeof(ProgressReported),
        ["EntryReturned"] = typeof(EntryReturned),
        ["TaskDueMoved"] = typeof(TaskDueMoved),
        ["TaskTemplateAdjusted"] = typeof(TaskTemplateAdjusted),
    });

    public static string Stream(string taskId) => "task/" + taskId;
}

[GenerateSerializer, Alias("Responsibility.TaskDefined")]
public sealed record TaskDefined(TaskDefinition Definition) : TaskEvent;

/// <summary>An edit, with the definition before and after it (the audit trail shows what changed).</summary>
[GenerateSerializer, Alias("Responsibility.TaskChanged")]
public sealed record TaskChanged(TaskDefinition Before, TaskDefinition After) : TaskEvent;

[GenerateSerializer, Alias("Responsibility.ProgressReported")]
public sealed record ProgressReported(ProgressEntry Entry) : TaskEvent;

[GenerateSerializer, Alias("Responsibility.EntryReturned")]
public sealed record EntryReturned(string EntryId, EntryReturn Return) : TaskEvent;

/// <summary>The current due date moved by a granted extension; the original stays in the definition.</summary>
[GenerateSerializer, Alias("Responsibility.TaskDueMoved")]
public sealed record TaskDueMoved(string ExtensionId, DateOnly Due) : TaskEvent;

/// <summary>
/// The 支队 changed the template the task is an instance of (支队交办事项已调整): the definition before and after, the
/// template's version, and what changed in words. The unit and leader the brigade assigned stay.
/// </summary>
[GenerateSerializer, Alias("Responsibility.TaskTemplateAdjusted")]
public sealed record TaskTemplateAdjusted(TaskDefinition Before, TaskDefinition After, int Version, string Note) : TaskEvent;
