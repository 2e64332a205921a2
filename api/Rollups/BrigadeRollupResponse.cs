namespace Responsibility.Api.Rollups;

using System.Text.Json.Serialization;
using Responsibility.Grains.Abstractions.Rollups;

public sealed record BrigadeRollupResponse(BrigadeRollup Source) : RollupResponse(Source.Overall)
{
    [JsonIgnore]
    public BrigadeRollup Source { get; } = Source;

    [JsonPropertyOrder(-3)]
    public string BrigadeId => Source.BrigadeId;

    [JsonPropertyOrder(-2)]
    public int Year => Source.Year;

    [JsonPropertyOrder(-1)]
    public DateOnly AsOf => Source.AsOf;

    public UnitRollupResponse[] Units => Source.Units.Select(u => new UnitRollupResponse(u)).ToArray();

    public LeaderRollupResponse[] Leaders => Source.Leaders.Select(LeaderRollupResponse.From).ToArray();

    public CategoryRollupResponse[] Categories => Source.Categories.Select(c => new CategoryRollupResponse(c)).ToArray();

    public DutyLineRollupResponse[] DutyLines => Source.DutyLines.Select(d => new DutyLineRollupResponse(d)).ToArray();

    public IndicatorValue[] Indicators => Source.Indicators;
}
