namespace Responsibility.Grains;

/// <summary>Who changed what, kept in the changed grain's own state.</summary>
[GenerateSerializer, Immutable, Alias("Responsibility.ChangeRecord")]
public sealed record ChangeRecord(DateTimeOffset At, string Actor, string Action);
