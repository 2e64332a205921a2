namespace Responsibility.Grains.Abstractions.Reports;

using Responsibility.Grains.Abstractions.Rollups;

/// <summary>
/// 三、班子成员“一岗双责”落实情况: both duty lines of one leader, and their 清单 and the month's 履责纪实 (<see cref="Duties"/>,
/// added later: null in reports stored before it).
/// </summary>
[GenerateSerializer, Immutable, Alias("Responsibility.LeaderLine")]
public sealed record LeaderLine(
    string LeaderId,
    string Name,
    string Post,
    bool IsFirstResponsible,
    string[] UnitNames,
    Rollup Business,
    Rollup Accountability,
    LeaderDuties? Duties = null);
