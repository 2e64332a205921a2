namespace Responsibility.Grains.Abstractions.Tasks;

/// <summary>
/// Some of a task's entries, newest recorded first. An entry's position is its place in the order they were recorded
/// (the first is 1); <see cref="Next"/> is the position to read the next, older page before, null when none is left.
/// </summary>
[GenerateSerializer, Immutable, Alias("Responsibility.EntryPage")]
public sealed record EntryPage(ProgressEntry[] Entries, long? Next);
