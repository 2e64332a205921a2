namespace Responsibility.Api.Pages;

using Responsibility.Grains.Abstractions.Duties;

/// <summary>The 廉政风险点 form: a new row when <see cref="RiskId"/> is empty, else the row it names (its unit kept).</summary>
public sealed class RiskInput
{
    public string? RiskId { get; set; }

    public string? UnitId { get; set; }

    public string? Post { get; set; }

    public string? Risk { get; set; }

    public string? Manifestation { get; set; }

    public RiskLevel? Level { get; set; }

    public string? Measures { get; set; }

    public string? LeaderId { get; set; }

    public static RiskInput From(RiskRow row) => new()
    {
        RiskId = row.Id, UnitId = row.UnitId, Post = row.Post, Risk = row.Risk, Manifestation = row.Manifestation,
        Level = row.Level, Measures = row.Measures, LeaderId = row.LeaderId,
    };
}
