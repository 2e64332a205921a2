namespace Responsibility.Grains.Abstractions.Audit;

/// <summary>
/// Which changes to list: days in the brigade's time zone (inclusive), one actor, one task, one kind of change, and
/// older than <see cref="Before"/> (the previous page's cursor).
/// </summary>
[GenerateSerializer, Immutable, Alias("Responsibility.AuditFilter")]
public sealed record AuditFilter(
    int Limit,
    DateOnly? From = null,
    DateOnly? To = null,
    string? Actor = null,
    string? TaskId = null,
    string? Kind = null,
    long? Before = null);
