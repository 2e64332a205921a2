namespace Responsibility.Grains.Abstractions.Org;

/// <summary>A base unit (基层单位: 中队, 科室, 所); <see cref="Head"/> is the name of its 单位负责人.</summary>
[GenerateSerializer, Immutable, Alias("Responsibility.UnitDefinition")]
public sealed record UnitDefinition(string Id, string Name, string? Kind, string? Head);
