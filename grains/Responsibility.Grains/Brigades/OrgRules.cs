namespace Responsibility.Grains.Brigades;

using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Tasks;
using Responsibility.Grains.Domain;

/// <summary>Invariants of a brigade's organisation, decided by the brigade grain that owns it.</summary>
internal static class OrgRules
{
    public static void CheckLeader(BrigadeState brigade, LeaderDefinition leader)
    {
        var unknown = leader.UnitIds.FirstOrDefault(id => brigade.Units.All(u => u.Id != id));
        if (unknown is not null)
        {
            throw DomainException.Invalid("unitIds", $"单位 {unknown} 不存在。");
        }

        var others = brigade.Leaders.Where(l => l.Id != leader.Id).ToList();
        if (leader.IsFirstResponsible && others.Find(l => l.IsFirstResponsible) is { } first)
        {
            throw DomainException.Conflict($"{first.Name}（{first.Post}）已是第一责任人，每个大队只有一位。", "isFirstResponsible");
        }

        foreach (var unitId in leader.UnitIds)
        {
            if (others.Find(l => l.UnitIds.Contains(unitId)) is { } supervisor)
            {
                throw DomainException.Conflict($"{UnitName(brigade, unitId)}已由{supervisor.Name}分管。", "unitIds");
            }
        }
    }

    /// <summary>A task's leader defaults to the one who supervises (分管) its unit.</summary>
    public static string ResolveLeader(BrigadeState brigade, string unitId, string? leaderId)
    {
        if (brigade.Units.All(u => u.Id != unitId))
        {
            throw DomainException.Invalid("unitId", $"单位 {unitId} 不存在。");
        }

        if (leaderId is not null)
        {
            return brigade.Leaders.Any(l => l.Id == leaderId)
                ? leaderId
                : throw DomainException.Invalid("leaderId", $"班子成员 {leaderId} 不存在。");
        }

        return brigade.Leaders.Find(l => l.UnitIds.Contains(unitId))?.Id
            ?? throw DomainException.Invalid("leaderId", $"{UnitName(brigade, unitId)}尚无分管领导，请指定分管领导。");
    }

    /// <summary>Messages reach people on the pages: they name a unit as people know it, not by its id.</summary>
    private static string UnitName(BrigadeState brigade, string unitId) =>
        brigade.Units.Find(u => u.Id == unitId)?.Name ?? $"单位 {unitId} ";

    /// <summary>Tasks sharing an indicator code must measure the same kind of thing to be added up.</summary>
    public static void CheckIndicator(LiveRollups tasks, TaskDraft draft)
    {
        if (draft.IndicatorCode is { } code && tasks.IndicatorKind(code) is { } kind && kind != draft.Metric.Kind)
        {
            var other = tasks.Tasks.First(t => t.Definition.IndicatorCode == code);
            throw DomainException.Invalid("indicatorCode", $"指标 {code} 已用于“{other.Definition.Title}”，考核方式须与它一致。");
        }
    }
}
