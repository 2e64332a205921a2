namespace Responsibility.Grains.Abstractions.Ledger;

using Responsibility.Grains.Abstractions.Tasks;

/// <summary>A task as the exported 台账 shows it: definition, progress today, and its latest accepted note.</summary>
[GenerateSerializer, Immutable, Alias("Responsibility.LedgerLine")]
public sealed record LedgerLine(TaskView Task, string? LatestNote);
