namespace Responsibility.Api.Demo;

using Responsibility.Grains.Abstractions.Tasks;
using static Responsibility.Api.Demo.DemoTask;

/// <summary>
/// 业务工作 tasks of the demo year (宣传、秩序整治、事故预防、科技): the 2024 arrangements of the 2023 report, with
/// that year's figures as targets. Indicator codes feed the annual report's figures.
/// </summary>
internal static class DemoBusinessTasks
{
    private const DutyLine Line = DutyLine.Business;

    public static DemoTask[] All { get; } =
    [
        Count("XC-01", "在各级媒体发稿", "宣传教育", "xuanchuan", Line, 400, "篇", new DemoPace(1.1, 0),
            "{0}月在各级媒体发稿{1}篇，累计{2}篇。") with { IndicatorCode = "press" },
        Count("XC-02", "开展面对面主题宣讲", "宣传教育", "xuanchuan", Line, 180, "次", DemoPace.OnTrack,
            "{0}月深入主干道沿线村居、企业开展面对面主题宣讲{1}次，累计{2}次。"),
        Count("XC-03", "制作警示教育片和微视频", "宣传教育", "xuanchuan", Line, 150, "个", DemoPace.Lagging,
            "{0}月利用典型事故案例制作警示教育片、微视频{1}个，累计{2}个；案例素材不足，进度偏慢。"),
        Count("ZX-01", "查处酒驾醉驾违法行为", "秩序整治", "zhixu", Line, 700, "起", new DemoPace(1.02, 0),
            "{0}月秩序中队查处酒驾醉驾{1}起，累计{2}起。") with { IndicatorCode = "drunk-driving" },
        Count("ZX-02", "查处货车超载违法行为", "秩序整治", "zhixu", Line, 3500, "起", DemoPace.Lagging,
            "{0}月查处货车超载{1}起，累计{2}起；受治超检测点位调整影响，查处量低于序时进度。")
            with { IndicatorCode = "overload" },
        Count("ZX-03", "组织酒醉驾、货车超载查处统一行动", "秩序整治", "zhixu", Line, 56, "批次", DemoPace.OnTrack,
            "{0}月组织重点交通违法查处统一行动{1}批次，累计{2}批次。") with { LeaderId = "wanglixia" },
        Count("CQ-01", "查处酒驾醉驾违法行为", "秩序整治", "chengqu", Line, 500, "起", new DemoPace(0.95, 0),
            "{0}月城区中队查处酒驾醉驾{1}起，累计{2}起。") with { IndicatorCode = "drunk-driving" },
        Count("CQ-02", "查处电动自行车驾乘人员不戴安全头盔", "秩序整治", "chengqu", Line, 44000, "起", new DemoPace(1.05, 0),
            "{0}月查处电动自行车驾乘人员不戴安全头盔{1}起，累计{2}起，同步开展源头劝导。") with { IndicatorCode = "helmet" },
        Count("SG-01", "整治督办交通安全隐患点段", "事故预防", "shigu", Line, 9, "处", new DemoPace(1.12, 0),
            "{0}月整治督办隐患点段{1}处，累计{2}处。") with { DueMonth = 6 },
        Count("SG-02", "农村平交路口增设减速带", "事故预防", "shigu", Line, 800, "处", DemoPace.FarBehind,
            "{0}月在农村平交路口增设减速带{1}处，累计{2}处；部分路口须与镇办协调，施工进度滞后。") with { DueMonth = 6 },
        Count("KJ-01", "向重点车辆驾驶人推送安全提示信息", "宣传教育", "keji", Line, 1600, "条", new DemoPace(1.25, 0),
            "{0}月向“两客一危一货”、校车驾驶人精准推送安全提示信息{1}条，累计{2}条。"),
    ];
}
