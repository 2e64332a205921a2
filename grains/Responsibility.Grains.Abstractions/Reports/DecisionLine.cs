namespace Responsibility.Grains.Abstractions.Reports;

/// <summary>
/// A meeting's decision (议定事项) with each unit's instruction as it stood at the report's date. <see cref="Withheld"/>:
/// the text is left out of the copy a reader downloads who may not read meetings; never set when stored.
/// </summary>
[GenerateSerializer, Immutable, Alias("Responsibility.DecisionLine")]
public sealed record DecisionLine(int Number, string Text, string LeaderName, DateOnly DueDate, InstructionLine[] Units, bool Withheld = false);
