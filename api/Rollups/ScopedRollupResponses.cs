namespace Responsibility.Api.Rollups;

using System.Text.Json.Serialization;
using Responsibility.Grains.Abstractions.Rollups;
using Responsibility.Grains.Abstractions.Tasks;

public sealed record UnitRollupResponse(UnitRollup Unit) : RollupResponse(Unit.Rollup)
{
    [JsonIgnore]
    public UnitRollup Unit { get; } = Unit;

    [JsonPropertyOrder(-2)]
    public string UnitId => Unit.UnitId;

    [JsonPropertyOrder(-1)]
    public string Name => Unit.Name;
}

public sealed record CategoryRollupResponse(CategoryRollup Source) : RollupResponse(Source.Rollup)
{
    [JsonIgnore]
    public CategoryRollup Source { get; } = Source;

    [JsonPropertyOrder(-1)]
    public string Category => Source.Category;
}

public sealed record DutyLineRollupResponse(DutyLineRollup Source) : RollupResponse(Source.Rollup)
{
    [JsonIgnore]
    public DutyLineRollup Source { get; } = Source;

    [JsonPropertyOrder(-1)]
    public DutyLine DutyLine => Source.DutyLine;
}

/// <summary>一岗双责: a leader's Business and Accountability lines side by side.</summary>
public sealed record LeaderRollupResponse(
    string LeaderId, string Name, string Post, bool IsFirstResponsible, RollupResponse Business, RollupResponse Accountability)
{
    public static LeaderRollupResponse From(LeaderRollup l) =>
        new(l.LeaderId, l.Name, l.Post, l.IsFirstResponsible, new(l.Business), new(l.Accountability));
}
