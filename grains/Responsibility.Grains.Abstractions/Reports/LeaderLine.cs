namespace Responsibility.Grains.Abstractions.Reports;

using Responsibility.Grains.Abstractions.Rollups;

/// <summary>三、班子成员“一岗双责”落实情况: both duty lines of one leader.</summary>
[GenerateSerializer, Immutable, Alias("Responsibility.LeaderLine")]
public sealed record LeaderLine(
    string LeaderId,
    string Name,
    string Post,
    bool IsFirstResponsible,
    string[] UnitNames,
    Rollup Business,
    Rollup Accountability);
