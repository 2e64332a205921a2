namespace Responsibility.Grains.Domain;

/// <summary>Ranks brigades by score, highest first; equal scores share a rank (1, 1, 3); no score, no rank.</summary>
public static class DashboardRanking
{
    public static int?[] Ranks(IReadOnlyList<double?> scores) =>
        [.. scores.Select(s => s is { } score ? 1 + scores.Count(other => other > score) : (int?)null)];
}
