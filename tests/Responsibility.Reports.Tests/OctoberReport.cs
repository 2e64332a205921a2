namespace Responsibility.Reports.Tests;

using Responsibility.Grains.Abstractions.Reports;
using Responsibility.Grains.Abstractions.Rollups;
using Responsibility.Grains.Abstractions.Tasks;

/// <summary>
/// A monthly report the size of the demo brigade's October: 8 units, 5 leaders, 25 tasks of which 7 lag (4 Red),
/// returned entries, indicators, next month's deadlines and the Red tasks' catch-up.
/// </summary>
internal static class OctoberReport
{
    public static readonly ReportHeader Header = new(
        "zichuan", "淄川大队", "中共淄博市公安局交通警察支队淄川大队总支部委员会", "淄博市公安局交通警察支队", "区委、区政府",
        "王立侠", "Asia/Shanghai");

    private static readonly (string Id, string Name, string Head, string Leader)[] Units =
    [
        ("fazhi", "法制室", "孙建华", "王立侠"), ("banan", "执法办案中心", "吴敏", "王立侠"), ("zhenggong", "政工室", "马丽", "韩振东"),
        ("xuanchuan", "宣传中队", "刘晓燕", "韩振东"), ("zhixu", "秩序中队", "李强", "刘海涛"), ("chengqu", "城区中队", "陈磊", "刘海涛"),
        ("shigu", "事故处理中队", "张伟", "赵志刚"), ("keji", "科技信息室", "周涛", "高鹏"),
    ];

    public static ReportTask[] Tasks { get; } =
    [
        Milestone("FZ-01", "年初召开规范执法工作务虚会", "fazhi", 1, 1, ProgressStatus.Done, "召开规范执法工作务虚会，专题研究执法规范化建设，明确全年重点任务。"),
        Count("FZ-02", "开展执法质量检查", "fazhi", 12, "次", 10, ProgressStatus.Green, "10月开展执法质量检查1次，累计10次，发现的问题已反馈责任单位限期整改。"),
        Count("FZ-03", "下发执法质量检查通报", "fazhi", 12, "期", 6, ProgressStatus.Red, "10月下发执法质量检查通报1期，累计6期；检查结果汇总不及时，通报下发滞后。"),
        Rate("FZ-04", "执法记录仪相符率达到90%以上", "fazhi", 0.9, 0.9, ProgressStatus.Green),
        Milestone("FZ-05", "重新聘任法制员并开展业务培训", "fazhi", 0.5, 1, ProgressStatus.Red, "打破职级界限，选拔聘任工作能力强、业务水平高的法制员16名，聘任文件已印发。"),
        Milestone("BA-01", "升级执法办案中心", "banan", 0.2, 0.7, ProgressStatus.Red, "升级改造方案经党总支扩大会研究通过，已报支队备案。"),
        Count("BA-02", "召开涉刑疑难案件会商会", "banan", 2, "次", 2, ProgressStatus.Done, "与公安分局法制、检察院公诉、法院刑事审判团队召开涉刑疑难案件会商会1次，累计2次。"),
        Count("BA-03", "网上巡查抽查执法记录仪信息", "banan", 2400, "条", 2010, ProgressStatus.Green, "10月落实网上每日巡查，抽查执法记录仪信息205条，累计2010条。"),
        Count("DJ-01", "召开党总支扩大会调度重点工作", "zhenggong", 12, "次", 10, ProgressStatus.Green, "10月召开党总支扩大会，研究部署、调度重点工作进展情况，累计10次。"),
        Milestone("DJ-02", "开展习近平法治思想专题学习研讨", "zhenggong", 1, 1, ProgressStatus.Done, "召开习近平法治思想专题学习研讨会，班子成员逐一交流发言。"),
        Count("DW-01", "举办各类业务培训班", "zhenggong", 11, "个", 11, ProgressStatus.Done, "10月举办培训班1个，累计11个，采取微课堂、典型案例点评等形式开展岗位练兵。"),
        Count("CQ-03", "开展中队执法案卷自查", "chengqu", 12, "次", 8, ProgressStatus.Yellow, "10月开展中队执法案卷自查1次，累计8次。"),
        Rate("SG-03", "交通事故案件审核合格率达到95%以上", "shigu", 0.95, 0.97, ProgressStatus.Green),
        Count("KJ-02", "开展“大数据+网上督察”异常数据研判", "keji", 12, "次", 10, ProgressStatus.Green, "10月开展异常执法数据研判1次，累计10次，问题线索已移交督察核查。"),
        Count("XC-01", "在各级媒体发稿", "xuanchuan", 400, "篇", 372, ProgressStatus.Green, "10月在各级媒体发稿38篇，累计372篇。"),
        Count("XC-02", "开展面对面主题宣讲", "xuanchuan", 180, "次", 150, ProgressStatus.Green, "10月深入村居、企业开展面对面主题宣讲15次，累计150次。"),
        Count("XC-03", "制作警示教育片和微视频", "xuanchuan", 150, "个", 95, ProgressStatus.Yellow, "10月制作微视频8个，累计95个；剪辑人员不足，制作进度偏慢。"),
        Count("ZX-01", "查处酒驾醉驾违法行为", "zhixu", 700, "起", 598, ProgressStatus.Green, "10月查处酒驾醉驾违法行为60起，累计598起。"),
        Count("ZX-02", "查处货车超载违法行为", "zhixu", 3500, "起", 2650, ProgressStatus.Yellow, "10月查处货车超载违法行为260起，累计2650起；治超站检测设备检修停用半月。"),
        Count("ZX-03", "组织酒醉驾、货车超载查处统一行动", "zhixu", 56, "批次", 47, ProgressStatus.Green, "10月组织统一行动5批次，累计47批次。"),
        Count("CQ-01", "查处酒驾醉驾违法行为", "chengqu", 500, "起", 412, ProgressStatus.Green, "10月查处酒驾醉驾违法行为41起，累计412起。"),
        Count("CQ-02", "查处电动自行车驾乘人员不戴安全头盔", "chengqu", 44000, "起", 38850, ProgressStatus.Green, "10月查处不戴安全头盔3900起，累计38850起。"),
        Count("SG-01", "整治督办交通安全隐患点段", "shigu", 9, "处", 9, ProgressStatus.Done, "整治督办隐患点段1处，累计9处，全年任务已完成。"),
        Count("SG-02", "农村平交路口增设减速带", "shigu", 800, "处", 380, ProgressStatus.Red, "10月在农村平交路口增设减速带30处，累计380处；施工队伍调整，安装进度明显滞后。"),
        Count("KJ-01", "向重点车辆驾驶人推送安全提示信息", "keji", 1600, "条", 1620, ProgressStatus.Done, "10月推送安全提示信息150条，累计1620条，全年任务已完成。"),
    ];

    public static MonthlyReport Create()
    {
        var lagging = new[] { "FZ-05", "BA-01", "SG-02", "FZ-03", "XC-03", "CQ-03", "ZX-02" }.Select(Task).ToArray();
        return new MonthlyReport(
            Header, 2024, 10, 1, new DateOnly(2024, 10, 31), new DateTimeOffset(2024, 11, 1, 0, 0, 0, TimeSpan.Zero), "system",
            new ReportOverview(25, Counts(Tasks), 0.812, 0.838, 0.745, [Task("DJ-02")], [Task("SG-02")]),
            Units.Select(UnitLine).ToArray(),
            [
                Leader("wanglixia", "王立侠", "大队长", true, ["法制室", "执法办案中心"]),
                Leader("hanzhendong", "韩振东", "教导员", false, ["政工室", "宣传中队"]),
                Leader("liuhaitao", "刘海涛", "副大队长", false, ["秩序中队", "城区中队"]),
                Leader("zhaozhigang", "赵志刚", "副大队长", false, ["事故处理中队"]),
                Leader("gaopeng", "高鹏", "副大队长", false, ["科技信息室"]),
            ],
            [],
            [
                new IndicatorLine("drunk-driving", "查处酒驾醉驾违法行为", MetricKind.Count, "起", 101, 1010, 1200),
                new IndicatorLine("helmet", "查处电动自行车驾乘人员不戴安全头盔", MetricKind.Count, "起", 3900, 38850, 44000),
                new IndicatorLine("bodycam-match", "执法记录仪相符率", MetricKind.Rate, "%", 0.9, 0.9, 0.9),
            ],
            lagging,
            [
                new ReturnedLine("t-fz05", "FZ-05", "重新聘任法制员并开展业务培训", "法制室", null, 1, new DateOnly(2024, 10, 12), "fazhi",
                    "未附培训签到表和考试成绩，请补充佐证材料后重新填报。", "dadui", new DateOnly(2024, 10, 15), "孙建华", "王立侠"),
                new ReturnedLine("t-sg02", "SG-02", "农村平交路口增设减速带", "事故处理中队", 60, null, new DateOnly(2024, 10, 20), "shigu",
                    "数量与现场核查不符，请核实后重新填报。", "zhaozhigang", new DateOnly(2024, 10, 23), "张伟", "赵志刚"),
            ],
            [],
            [Task("XC-02") with { Due = new DateOnly(2024, 11, 30) }, Task("ZX-03") with { Due = new DateOnly(2024, 11, 30) }],
            "系统自动生成",
            false,
            [
                new CatchUpLine("t-fz05", "FZ-05", "重新聘任法制员并开展业务培训", "法制室", MetricKind.Milestone, RateDirection.HigherIsBetter,
                    "项", 0.5, 1, 0.5, ["法制员集中培训"], Overdue: true, Reported: true),
                new CatchUpLine("t-ba01", "BA-01", "升级执法办案中心", "执法办案中心", MetricKind.Milestone, RateDirection.HigherIsBetter,
                    "项", 0.2, 0.7, 0.5, ["功能区改造建设"], Overdue: false, Reported: true),
                new CatchUpLine("t-sg02", "SG-02", "农村平交路口增设减速带", "事故处理中队", MetricKind.Count, RateDirection.HigherIsBetter,
                    "处", 380, 730.1, 351, [], Overdue: false, Reported: true),
                new CatchUpLine("t-fz03", "FZ-03", "下发执法质量检查通报", "法制室", MetricKind.Count, RateDirection.HigherIsBetter,
                    "期", 6, 10.95, 5, [], Overdue: false, Reported: true),
            ]);
    }

    public static ReportTask Task(string code) => Tasks.Single(t => t.Code == code);

    public static ReportTask Count(string code, string title, string unit, double target, string label, double actual, ProgressStatus status, string note) =>
        Line(code, title, unit, MetricKind.Count, target, label, actual, Math.Min(1, actual / target), actual / target, status, note);

    public static ReportTask Rate(string code, string title, string unit, double target, double actual, ProgressStatus status) =>
        Line(code, title, unit, MetricKind.Rate, target, "%", actual, Math.Min(1, actual / target), actual / target, status, $"经网上巡查，10月为{actual * 100:0}%。") with { Expected = 1 };

    public static ReportTask Milestone(string code, string title, string unit, double percent, double expected, ProgressStatus status, string note) =>
        Line(code, title, unit, MetricKind.Milestone, 1, "项", percent, percent, percent, status, note) with { Expected = expected };

    private static ReportTask Line(
        string code, string title, string unitId, MetricKind kind, double target, string label, double actual, double percent, double ratio,
        ProgressStatus status, string note)
    {
        var unit = Units.Single(u => u.Id == unitId);
        var expected = 305.0 / 366;
        return new ReportTask(
            "t-" + code.ToLowerInvariant().Replace("-", ""), code, title, "执法监督", unitId, unit.Name, unit.Leader, unit.Leader,
            DutyLine.Accountability, kind, target, label, new DateOnly(2024, 12, 31), actual, percent, ratio, expected,
            expected - percent, status, note);
    }

    private static StatusCounts Counts(IEnumerable<ReportTask> tasks)
    {
        var list = tasks.ToList();
        int Of(ProgressStatus s) => list.Count(t => t.Status == s);
        return new StatusCounts(Of(ProgressStatus.Done), Of(ProgressStatus.Green), Of(ProgressStatus.Yellow), Of(ProgressStatus.Red), 0, 0);
    }

    private static UnitLine UnitLine((string Id, string Name, string Head, string Leader) u)
    {
        var tasks = Tasks.Where(t => t.UnitId == u.Id).ToList();
        var percent = tasks.Average(t => t.Percent);
        return new UnitLine(u.Id, u.Name, u.Head, tasks.Count, Counts(tasks), percent, tasks.Average(t => t.Expected), percent - 0.07, u.Id == "keji" ? 0 : 3);
    }

    private static LeaderLine Leader(string id, string name, string post, bool first, string[] units)
    {
        var tasks = Tasks.Where(t => units.Contains(t.UnitName)).ToList();
        var rollup = new Rollup(tasks.Average(t => t.Percent), tasks.Average(t => t.Expected), 0.03, tasks.Count, Counts(tasks), []);
        return new LeaderLine(id, name, post, first, units, rollup with { TaskCount = tasks.Count / 2 }, rollup with { TaskCount = tasks.Count - (tasks.Count / 2) });
    }
}
