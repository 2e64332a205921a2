namespace Responsibility.Grains.Domain.Inbox;

using Responsibility.Grains.Abstractions.Tasks;

/// <summary>An entry of the reader's unit that was returned, and whether the task was reported again after the return.</summary>
public sealed record ReturnedEntry(TaskDefinition Task, ProgressEntry Entry, bool ReportedSince);
