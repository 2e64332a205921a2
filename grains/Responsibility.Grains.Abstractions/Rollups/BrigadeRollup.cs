namespace Responsibility.Grains.Abstractions.Rollups;

[GenerateSerializer, Immutable, Alias("Responsibility.BrigadeRollup")]
public sealed record BrigadeRollup(
    string BrigadeId,
    int Year,
    DateOnly AsOf,
    Rollup Overall,
    UnitRollup[] Units,
    LeaderRollup[] Leaders,
    CategoryRollup[] Categories,
    DutyLineRollup[] DutyLines,
    IndicatorValue[] Indicators);
