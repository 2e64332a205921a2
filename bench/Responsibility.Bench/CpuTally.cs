namespace Responsibility.Bench;

/// <summary>CPU time spent by each part of the system over the windows of one kind of request, added up.</summary>
public sealed class CpuTally
{
    private readonly Dictionary<string, TimeSpan> spent = [];

    public void Add(IReadOnlyDictionary<string, TimeSpan> before, IReadOnlyDictionary<string, TimeSpan> after)
    {
        foreach (var (part, time) in after)
        {
            spent[part] = spent.GetValueOrDefault(part) + time - before.GetValueOrDefault(part);
        }
    }

    /// <summary>The total per request, and when there are several parts, each part's per request.</summary>
    public void Report(Results results, string key, string name, long requests)
    {
        results.Add(key, name, spent.Values.Sum(t => t.TotalMicroseconds) / requests, "µs");
        if (spent.Count > 1)
        {
            foreach (var (part, time) in spent)
            {
                results.Add($"{key}_{part.ToLowerInvariant()}", $"… of which {part}", time.TotalMicroseconds / requests, "µs");
            }
        }
    }
}
