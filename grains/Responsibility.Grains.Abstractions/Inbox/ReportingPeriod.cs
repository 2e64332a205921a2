namespace Responsibility.Grains.Abstractions.Inbox;

/// <summary>
/// One reporting cycle (填报周期): the days it covers, the day reports are due (<see cref="Due"/>), and the last day of
/// grace before supervising leaders are told (<see cref="GraceEnds"/>). <see cref="Key"/> names it: 2024-06, 2024-Q2.
/// </summary>
[GenerateSerializer, Immutable, Alias("Responsibility.ReportingPeriod")]
public sealed record ReportingPeriod(string Key, DateOnly Start, DateOnly End, DateOnly Due, DateOnly GraceEnds);
