namespace Responsibility.Grains.Domain;

using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Tasks;

/// <summary>A task with its measure and the progress judged from it at one date.</summary>
public sealed record JudgedTask(TaskDefinition Definition, Measure Measure, TaskProgress Progress, int Version = 0)
{
    public static JudgedTask Judge(TaskSnapshot snapshot, DateOnly day, StatusThresholds thresholds) =>
        new(snapshot.Definition, snapshot.Measure, Domain.Progress.Evaluate(snapshot.Definition, snapshot.Measure, day, thresholds), snapshot.Version);

    public static List<JudgedTask> JudgeAll(
        IEnumerable<TaskSnapshot> snapshots, int year, DateOnly day, StatusThresholds thresholds) =>
        snapshots
            .Where(s => s.Definition.Year == year)
            .OrderBy(s => s.Definition.Code, StringComparer.Ordinal)
            .Select(s => Judge(s, day, thresholds))
            .ToList();
}
