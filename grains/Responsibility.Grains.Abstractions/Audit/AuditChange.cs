namespace Responsibility.Grains.Abstractions.Audit;

/// <summary>A field a change set or changed: null <see cref="Before"/> for a new value, null <see cref="After"/> for a cleared one.</summary>
[GenerateSerializer, Immutable, Alias("Responsibility.AuditChange")]
public sealed record AuditChange(string Field, string? Before, string? After);
