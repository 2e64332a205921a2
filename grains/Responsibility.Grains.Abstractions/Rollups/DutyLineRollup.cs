namespace Responsibility.Grains.Abstractions.Rollups;

using Responsibility.Grains.Abstractions.Tasks;

[GenerateSerializer, Immutable, Alias("Responsibility.DutyLineRollup")]
public sealed record DutyLineRollup(DutyLine DutyLine, Rollup Rollup);
