namespace Responsibility.Grains.Tests;

using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Oversight;
using Responsibility.Grains.Abstractions.Supervision;

/// <summary>Inspections and 整改 items as the tests make them in a <see cref="TestBrigade"/>.</summary>
public static class Inspections
{
    public const string Head = "fazhi-head";

    public static IInspectionGrain Inspection(this IGrainFactory grains, string id) => grains.GetGrain<IInspectionGrain>(id);

    public static IUnitGrain UnitGrain(this IGrainFactory grains, string brigadeId, string unitId) =>
        grains.GetGrain<IUnitGrain>(GrainKeys.Unit(brigadeId, unitId));

    public static InspectionDraft Draft(string brigadeId, DateOnly date, params string[] unitIds) => new(
        brigadeId, InspectionKind.EnforcementQuality, date, "6月执法质量检查", ["wang"], unitIds.Length > 0 ? unitIds : ["fazhi"],
        "抽查执法卷宗20份");

    public static FindingDraft Finding(DateOnly due, string category = "执法卷宗", string unitId = "fazhi") => new(
        "卷宗装订不规范", category, unitId, null, Severity.Medium, "《道路交通安全违法行为处理程序规定》", "wang", "重新装订并组织学习", due);

    /// <summary>An inspection of fazhi recorded on <paramref name="date"/> by dadui; answers its id.</summary>
    public static async Task<string> Recorded(this IGrainFactory grains, string brigadeId, DateOnly date)
    {
        var id = RecordIds.New();
        await grains.Inspection(id).Record(Draft(brigadeId, date), "dadui");
        return id;
    }
}
