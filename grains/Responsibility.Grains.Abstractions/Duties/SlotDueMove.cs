namespace Responsibility.Grains.Abstractions.Duties;

/// <summary>A holder's slot <see cref="SlotId"/> given the due date <see cref="Due"/> by the granted extension <see cref="ExtensionId"/> at <see cref="At"/>.</summary>
[GenerateSerializer, Immutable, Alias("Responsibility.SlotDueMove")]
public sealed record SlotDueMove(string SlotId, string ExtensionId, DateOnly Due, DateTimeOffset At);
