namespace Responsibility.Grains.Abstractions.Inbox;

/// <summary>What needs the reader on <see cref="AsOf"/>, in the brigade's current reporting cycle; empty when nothing is due.</summary>
[GenerateSerializer, Immutable, Alias("Responsibility.InboxContents")]
public sealed record InboxContents(DateOnly AsOf, ReportingPeriod Period, InboxItem[] Items);
