namespace Responsibility.Grains.Abstractions.Duties;

public enum RiskLevel
{
    Low = 0,
    Medium = 1,
    High = 2,
}

/// <summary>
/// A row of a unit's 廉政风险点 register for a year: the post, the 风险点 and how it shows (表现形式), its level, the
/// 防控措施 and the 责任领导. <see cref="Id"/> is a slug chosen by the office.
/// </summary>
[GenerateSerializer, Immutable, Alias("Responsibility.RiskRow")]
public sealed record RiskRow(
    string Id, int Year, string UnitId, string Post, string Risk, string Manifestation, RiskLevel Level, string Measures, string LeaderId);
