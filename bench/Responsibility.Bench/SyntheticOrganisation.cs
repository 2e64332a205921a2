namespace Responsibility.Bench;

using Responsibility.Grains.Abstractions.Org;

/// <summary>The synthetic brigade: 40 units, 10 leaders each supervising 4 of them, 8 categories.</summary>
public static class SyntheticOrganisation
{
    public const string BrigadeId = "bench2000";
    public const string LeaderUsername = "benchlead";
    public const string LeaderPassword = "bench-lead-2026";
    public const int UnitCount = 40;
    public const int LeaderCount = 10;

    public static readonly BrigadeSettings Settings = new(
        "基准大队", "中共基准交警大队总支部委员会", "基准交警支队", BenchClock.TimeZone, "支队党委", StatusThresholds.Default);

    public static readonly string[] Categories =
        ["道路交通安全整治", "酒驾醉驾查处", "事故预防", "交通秩序管理", "车驾管服务", "法治建设", "党风廉政建设", "队伍建设"];

    public static UnitDefinition[] Units { get; } = Enumerable.Range(1, UnitCount)
        .Select(i => new UnitDefinition($"u{i:D2}", $"第{i}中队", "中队", $"中队长{i}"))
        .ToArray();

    public static LeaderDefinition[] Leaders { get; } = Enumerable.Range(0, LeaderCount)
        .Select(j => new LeaderDefinition(
            $"l{j:D2}", $"班子成员{j + 1}", j == 0 ? "大队长" : "副大队长", IsFirstResponsible: j == 0,
            Units.Skip(j * 4).Take(4).Select(u => u.Id).ToArray(), Areas: []))
        .ToArray();
}
