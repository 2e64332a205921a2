namespace Responsibility.Bench;

using Responsibility.Grains.Abstractions;

/// <summary>
/// Managed heap per activated task grain: every activation is collected, the brigade woken again, then every task
/// grain activated; the heap growth after a full collection, divided by the task activations counted by the silo.
/// </summary>
public sealed class GrainMemory(Api api, IGrainFactory grains, MainBrigade brigade, Results results)
{
    public async Task Run()
    {
        var management = grains.GetGrain<IManagementGrain>(0);
        await management.ForceActivationCollection(TimeSpan.Zero);
        for (var wait = 0; wait < 300 && await TaskActivations(management) > 0; wait++)
        {
            await Task.Delay(100);
        }

        // Wakes the brigade (its rollups start from the stored summaries) and the reader's account, not the tasks.
        await api.Get($"/api/v1/brigades/{brigade.Id}/rollup", brigade.LeaderToken);
        var idle = await TaskActivations(management);
        var before = Heap();

        var ids = await grains.GetGrain<IBrigadeGrain>(brigade.Id).GetTaskIds([MainBrigade.Today.Year]);
        await Parallel.ForEachAsync(ids, new ParallelOptions { MaxDegreeOfParallelism = 64 }, async (id, _) =>
            await grains.GetGrain<ITaskGrain>(id).GetSnapshot(null));
        var after = Heap();
        var activated = await TaskActivations(management) - idle;
        if (activated < ids.Length * 0.99)
        {
            throw new InvalidOperationException($"Only {activated} of {ids.Length} task grains are active.");
        }

        results.Add("grain_kib", $"Memory per activated task grain ({activated:N0} active, managed heap after full GC)",
            (after - before) / 1024.0 / activated, "KiB", "≤ 8 KiB", (after - before) / 1024.0 / activated <= 8);
    }

    private static async Task<int> TaskActivations(IManagementGrain management) =>
        (await management.GetSimpleGrainStatistics())
            .Where(s => s.GrainType.Contains("TaskGrain", StringComparison.Ordinal))
            .Sum(s => s.ActivationCount);

    private static long Heap()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetTotalMemory(forceFullCollection: false);
    }
}
