namespace Responsibility.Api.Demo;

using Responsibility.Grains.Abstractions.Tasks;
using static Responsibility.Api.Demo.DemoTask;

/// <summary>
/// 法治建设、执法监督、党风廉政 tasks of the demo year: the 2024 arrangements of the 淄川大队 2023 report, with that
/// year's figures as targets. Each unit carries some, so every 班子成员 answers on both lines.
/// </summary>
internal static class DemoAccountabilityTasks
{
    private const DutyLine Line = DutyLine.Accountability;

    public static DemoTask[] All { get; } =
    [
        Milestone("FZ-01", "年初召开规范执法工作务虚会", "法治建设", "fazhi", Line,
            new DemoStage("召开务虚会", 1, 1, 1, "召开规范执法工作务虚会，专题研究执法规范化建设，明确全年重点任务。"))
            with { DueMonth = 2 },
        Count("FZ-02", "开展执法质量检查", "执法监督", "fazhi", Line, 12, "次", DemoPace.OnTrack,
            "{0}月开展执法质量检查{1}次，累计{2}次，发现的问题已反馈责任单位限期整改。"),
        Count("FZ-03", "下发执法质量检查通报", "执法监督", "fazhi", Line, 12, "期", DemoPace.Lagging,
            "{0}月下发执法质量检查通报{1}期，累计{2}期；检查结果汇总不及时，通报下发滞后。"),
        Rate("FZ-04", "执法记录仪相符率达到90%以上", "执法监督", "fazhi", Line, 0.90,
            "经网上巡查，{0}月执法记录仪相符率为{1}。",
            0.80, 0.81, 0.82, 0.83, 0.84, 0.86, 0.87, 0.88, 0.89, 0.90, 0.90, 0.91) with { IndicatorCode = "bodycam-match" },
        Milestone("FZ-05", "重新聘任法制员并开展业务培训", "法治建设", "fazhi", Line,
            new("选拔聘任法制员", 0.5, 3, 4, "打破职级界限，选拔聘任工作能力强、业务水平高的法制员16名，聘任文件已印发。"),
            new("法制员集中培训", 0.5, 5, 6, "组织法制员集中业务培训2天，并进行闭卷考试。",
                ReturnReason: "未附培训签到表和考试成绩，请补充佐证材料后重新填报。"))
            with { DueMonth = 6 },
        Milestone("BA-01", "升级执法办案中心", "法治建设", "banan", Line,
            new("制定升级改造方案", 0.2, 3, 3, "升级改造方案经党总支扩大会研究通过，已报支队备案。"),
            new("功能区改造建设", 0.5, 9, 10, "讯（询）问室、候问室和涉案财物管理区改造完成，智能办案系统联调到位。"),
            new("验收并投入使用", 0.3, 12, 12, "通过支队验收，升级后的执法办案中心正式投入使用。")),
        Count("BA-02", "召开涉刑疑难案件会商会", "执法监督", "banan", Line, 2, "次", DemoPace.OnTrack,
            "{0}月与公安分局法制、检察院公诉、法院刑事审判团队召开涉刑疑难案件会商会{1}次，累计{2}次。"),
        Count("BA-03", "网上巡查抽查执法记录仪信息", "执法监督", "banan", Line, 2400, "条", DemoPace.OnTrack,
            "{0}月落实网上每日巡查，抽查执法记录仪信息{1}条，累计{2}条，发现的问题已督促整改。"),
        Count("DJ-01", "召开党总支扩大会调度重点工作", "党风廉政", "zhenggong", Line, 12, "次", DemoPace.OnTrack,
            "{0}月召开党总支扩大会，研究部署、调度重点工作进展情况，累计{2}次。"),
        Milestone("DJ-02", "开展习近平法治思想专题学习研讨", "法治建设", "zhenggong", Line,
            new("印发学习计划", 0.2, 2, 2, "党总支理论学习中心组学习计划已印发，纳入各党支部“三会一课”。"),
            new("集中学习", 0.5, 6, 6, "组织全警集中学习习近平法治思想，各党支部书记讲授专题党课。"),
            new("专题研讨", 0.3, 10, 10, "召开习近平法治思想专题学习研讨会，班子成员逐一交流发言。")),
        Count("DW-01", "举办各类业务培训班", "队伍建设", "zhenggong", Line, 11, "个", new DemoPace(1.3, 0),
            "{0}月举办培训班{1}个，累计{2}个，采取微课堂、典型案例点评等形式开展岗位练兵。"),
        Count("CQ-03", "开展中队执法案卷自查", "执法监督", "chengqu", Line, 12, "次", new DemoPace(0.85, 0),
            "{0}月开展中队执法案卷自查{1}次，累计{2}次。"),
        Rate("SG-03", "交通事故案件审核合格率达到95%以上", "执法监督", "shigu", Line, 0.95,
            "{0}月落实事故责任集体研究、三级审核制度，案件审核合格率{1}。",
            0.92, 0.93, 0.93, 0.94, 0.95, 0.95, 0.96, 0.96, 0.96, 0.97, 0.97, 0.97),
        Count("KJ-02", "开展“大数据+网上督察”异常数据研判", "执法监督", "keji", Line, 12, "次", DemoPace.OnTrack,
            "{0}月开展异常执法数据研判{1}次，累计{2}次，问题线索已移交督察核查。"),
    ];
}
