namespace Responsibility.Grains;

using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Tasks;

/// <summary>
/// An aggregate's in-memory copy of its tasks' measures: kept current by the tasks' pushes, rebuilt from the
/// task grains on activation, and replayed from their entries for a past date.
/// </summary>
public sealed class TaskSnapshots(IGrainFactory grains)
{
    private readonly Dictionary<string, TaskSnapshot> current = new(StringComparer.Ordinal);

    public IReadOnlyCollection<TaskSnapshot> Current => current.Values;

    public bool Contains(string taskId) => current.ContainsKey(taskId);

    public async Task Load(IEnumerable<string> taskIds)
    {
        var loaded = await Task.WhenAll(taskIds.Select(id => grains.GetGrain<ITaskGrain>(id).GetSnapshot(null)));
        foreach (var snapshot in loaded.OfType<TaskSnapshot>())
        {
            current[snapshot.Definition.Id] = snapshot;
        }
    }

    public void Upsert(TaskSnapshot snapshot)
    {
        if (!current.TryGetValue(snapshot.Definition.Id, out var known) || known.Version <= snapshot.Version)
        {
            current[snapshot.Definition.Id] = snapshot;
        }
    }

    public bool Remove(string taskId) => current.Remove(taskId);

    /// <summary>
    /// Applies a task's push to an aggregate that persists its members' ids: tracks the task when it
    /// <paramref name="belongs"/>, forgets it otherwise. True when <paramref name="members"/> changed and must be saved.
    /// </summary>
    public bool Apply(TaskSnapshot snapshot, bool belongs, ISet<string> members)
    {
        if (!belongs)
        {
            return Forget(snapshot.Definition.Id, members);
        }

        Upsert(snapshot);
        return members.Add(snapshot.Definition.Id);
    }

    public bool Forget(string taskId, ISet<string> members)
    {
        Remove(taskId);
        return members.Remove(taskId);
    }

    /// <summary>The year's snapshots as they stood at the end of <paramref name="day"/>.</summary>
    public async Task<IReadOnlyList<TaskSnapshot>> For(int year, DateOnly day, DateOnly today)
    {
        var ofYear = current.Values.Where(s => s.Definition.Year == year).ToList();
        if (day >= today)
        {
            return ofYear;
        }

        var replayed = await Task.WhenAll(
            ofYear.Select(s => grains.GetGrain<ITaskGrain>(s.Definition.Id).GetSnapshot(day)));
        return replayed.OfType<TaskSnapshot>().ToList();
    }
}
