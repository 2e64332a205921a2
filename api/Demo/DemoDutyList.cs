namespace Responsibility.Api.Demo;

using Responsibility.Grains.Abstractions.Duties;
using Responsibility.Grains.Abstractions.Tasks;

/// <summary>
/// 淄川's 责任清单 of the demo year, drawn from the 2023 report's part 二: the 第一责任人's 专题研究 and 执法监督 and 讲党课,
/// each 班子成员's 一岗双责 谈心谈话 and 督导检查, 警示教育, and the units' 谈心谈话, 执法质量检查, 执法记录仪抽查 and
/// 廉政风险点排查 — every cadence, held by all leaders, named leaders or named units —; and the 廉政风险点 registers.
/// </summary>
internal static class DemoDutyList
{
    public static DutyItem[] Items(int year) =>
    [
        Item(year, "fr-study", "第一责任人职责", "专题研究规范执法工作", "年初组织召开规范执法工作务虚会，年中专题研究执法规范化建设推进情况", DutyLine.Business,
            Cadence.HalfYearly, "会议记录", Leaders("wanglixia")),
        Item(year, "fr-supervision", "第一责任人职责", "主持执法监督委员会研究疑难复杂案件", "每季度至少召开一次执法监督委员会会议，及时研究解决规范执法中遇到的问题",
            DutyLine.Business, Cadence.Quarterly, "会议纪要", Leaders("wanglixia")),
        Item(year, "lecture", "第一责任人职责", "讲廉政党课", "每年至少为全体民警辅警讲一次廉政党课", DutyLine.Accountability, Cadence.Yearly,
            "讲稿、签到表", Leaders("wanglixia", "hanzhendong")),
        Item(year, "talk", "班子成员一岗双责", "开展谈心谈话", "每季度与分管单位负责人谈心谈话，了解思想动态，提醒严守纪律", DutyLine.Accountability,
            Cadence.Quarterly, "谈话记录", new DutyAssignees(true, [], [])),
        Item(year, "inspection", "班子成员一岗双责", "督导检查分管领域", "每月到分管单位督导检查规范执法和党风廉政建设情况，现场反馈问题", DutyLine.Accountability,
            Cadence.Monthly, "检查记录", new DutyAssignees(true, [], [])),
        Item(year, "warning", "警示教育", "组织开展警示教育", "每季度组织观看警示教育片或通报典型案例，以案说纪、以案促改", DutyLine.Accountability,
            Cadence.Quarterly, "活动记录、照片", Leaders("hanzhendong")),
        Item(year, "unit-talk", "基层单位履责", "单位负责人与民警谈心谈话", "每季度与本单位民警辅警逐一谈心谈话", DutyLine.Accountability, Cadence.Quarterly,
            "谈话记录", new DutyAssignees(false, [], [.. DemoOrganisation.Units.Select(u => u.Id)])),
        Item(year, "quality-check", "基层单位履责", "开展执法质量检查", "每月开展一次执法质量检查，下发执法质量检查通报", DutyLine.Business, Cadence.Monthly,
            "检查通报", new DutyAssignees(false, [], ["fazhi"])),
        Item(year, "camera-check", "基层单位履责", "抽查执法记录仪信息", "落实网上每日巡查制度，每月汇总抽查执法记录仪信息情况，督促整改问题", DutyLine.Business,
            Cadence.Monthly, "抽查台账", new DutyAssignees(false, [], ["keji"])),
        Item(year, "risk-review", "廉政风险防控", "开展廉政风险点排查", "对照岗位职责排查廉政风险点，更新风险点台账和防控措施", DutyLine.Accountability,
            Cadence.Once, "风险点台账", new DutyAssignees(false, [], ["shigu", "banan", "zhixu"]), new DateOnly(year, 3, 31)),
    ];

    /// <summary>
    /// The 廉政风险点 registers: 事故处理 at 事故处理中队, 车辆管理 (the impound lot) at 执法办案中心, 违法处理 at 秩序中队,
    /// each post with its 风险点 at three levels and the leader who supervises the unit as 责任领导.
    /// </summary>
    public static RiskRow[] Risks(int year) =>
    [
        new("shigu-1", year, "shigu", "事故处理岗", "事故责任认定不公", "受人情请托或利益输送，故意偏袒一方当事人，作出不公正的责任认定", RiskLevel.High,
            "落实事故责任集体研究和三级审核监督制度，认定结果公开说明", "zhaozhigang"),
        new("shigu-2", year, "shigu", "事故处理岗", "事故调解违规", "超越职权干预赔偿数额，为当事人介绍律师、鉴定机构从中牟利", RiskLevel.Medium,
            "调解全程录音录像，严禁推荐中介机构，定期回访当事人", "zhaozhigang"),
        new("shigu-3", year, "shigu", "事故处理岗", "事故车辆检验鉴定委托不规范", "指定或暗示检验鉴定机构，拖延委托影响办案时限", RiskLevel.Low,
            "检验鉴定机构随机选取，委托情况录入系统备查", "zhaozhigang"),
        new("banan-1", year, "banan", "车辆管理岗", "违规放行暂扣车辆", "未按规定处理完毕即放行暂扣车辆，或收受好处提前放车", RiskLevel.High,
            "放车须凭审批单，停车场出入视频留存，每月核对在场车辆台账", "wanglixia"),
        new("banan-2", year, "banan", "车辆管理岗", "停车场违规收费", "超标准收取停车费用，或与停车场经营方存在利益关联", RiskLevel.Medium,
            "收费标准公示，收费与执法分离，法制室每季度抽查", "wanglixia"),
        new("banan-3", year, "banan", "车辆管理岗", "报废车辆监销不到位", "逾期未处理车辆未按规定监督销毁，车辆零部件流失", RiskLevel.Low,
            "建立逾期车辆清理台账，监销全程录像并两人以上在场", "wanglixia"),
        new("zhixu-1", year, "zhixu", "违法处理岗", "违法处理以罚代管、人情处罚", "对同类违法行为处罚尺度不一，为熟人减免处罚或消除记分", RiskLevel.High,
            "执行裁量基准，处罚决定网上审核，记分消除逐条留痕", "liuhaitao"),
        new("zhixu-2", year, "zhixu", "违法处理岗", "现场执法不规范", "不按规定使用执法记录仪，选择性执法", RiskLevel.Medium,
            "执法全程记录，执法记录仪信息每日网上巡查", "liuhaitao"),
        new("zhixu-3", year, "zhixu", "违法处理岗", "罚没款收缴不及时", "当场收缴罚款未按时上缴，票据管理不严", RiskLevel.Low,
            "罚款一律银行代收，票据专人管理、按月核对", "liuhaitao"),
    ];

    private static DutyAssignees Leaders(params string[] ids) => new(false, ids, []);

    private static DutyItem Item(
        int year, string id, string section, string title, string requirement, DutyLine line, Cadence cadence, string evidence, DutyAssignees assignees,
        DateOnly? due = null) =>
        new(id, year, section, title, requirement, line, cadence, due, evidence, assignees, []);
}
