namespace Responsibility.Grains.Tests;

using System.Collections.Concurrent;
using Responsibility.Grains.Abstractions;

/// <summary>How many times each brigade's figures were asked for (<see cref="IBrigadeFiguresGrain.Get"/>), counted as a silo receives the call.</summary>
public static class FiguresReads
{
    private static readonly ConcurrentDictionary<string, int> Counts = new(StringComparer.Ordinal);

    public static int Of(string brigadeId) => Counts.GetValueOrDefault(brigadeId);

    /// <summary>The silos' incoming call filter: counts the call if it asks a brigade's figures, then makes it.</summary>
    internal static async Task Count(IIncomingGrainCallContext context)
    {
        if (context.Grain is IBrigadeFiguresGrain && context.InterfaceMethod.Name == nameof(IBrigadeFiguresGrain.Get))
        {
            Counts.AddOrUpdate(context.TargetId.Key.ToString()!, 1, (_, n) => n + 1);
        }

        await context.Invoke();
    }
}
