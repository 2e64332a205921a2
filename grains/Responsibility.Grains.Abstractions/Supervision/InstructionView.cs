namespace Responsibility.Grains.Abstractions.Supervision;

/// <summary>An instruction with where it stands on <see cref="AsOf"/> (today in the brigade's time zone).</summary>
[GenerateSerializer, Immutable, Alias("Responsibility.InstructionView")]
public sealed record InstructionView(InstructionRecord Record, InstructionStatus Status, DateOnly AsOf);
