namespace Responsibility.Api.Demo;

using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Duties;
using Responsibility.Grains.Abstractions.Tasks;
using Responsibility.Reports.Document;
using Responsibility.Reports.Rendering;

/// <summary>
/// The demo's 明责 and 履责, replayed on the <see cref="DemoTimeline"/>: the office enters the year's 责任清单 on the day
/// it sets the brigade up (drawn from the 2023 report's part 二: the 第一责任人's 专题研究 and 执法监督, each 班子成员's
/// 一岗双责 谈心谈话 and 督导检查, 警示教育, 讲党课, the units' 执法质量检查 and 廉政风险点排查), the 责任书 are signed in
/// January with a scan of the signed copy — all but 高鹏's with 科技信息室 —, the 廉政风险点 registers of 事故处理, 车辆管理
/// and 违法处理 are entered, and each holder records what it did, slot by slot up to today, except three slots left
/// 未履责 (<see cref="Missed"/>). A 约谈 of 事故处理中队 carries 整改要求, answered and closed.
/// </summary>
internal static class DemoDuties
{
    /// <summary>The pledge left unsigned: 高鹏 with 科技信息室.</summary>
    public static readonly (string PartyA, string UnitId) Unsigned = ("gaopeng", "keji");

    private static readonly TimeOnly ListedAt = new(10, 0);
    private static readonly TimeOnly SignedAt = new(15, 0);
    private static readonly TimeOnly RecordedAt = new(17, 30);

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

    /// <summary>
    /// Whether the holder let this day's duty pass (未履责): 高鹏's 督导检查 of last month, 刘海涛's 谈心谈话 of last quarter,
    /// 城区中队's 谈心谈话 of the quarter before that. They are named by how far back they lie, so the demo has them whatever
    /// its day.
    /// </summary>
    public static bool Missed(DutyHolder holder, string itemId, DateOnly day, DateOnly today) => (holder.Id, itemId) switch
    {
        ("gaopeng", "inspection") => SameMonth(day, today.AddMonths(-1)),
        ("liuhaitao", "talk") => SameQuarter(day, today.AddMonths(-3)),
        ("chengqu", "unit-talk") => SameQuarter(day, today.AddMonths(-6)),
        _ => false,
    };

    public static void Add(DemoTimeline timeline, IGrainFactory grains, DateOnly today)
    {
        var year = today.Year;
        var brigade = DemoOrganisation.BrigadeId;
        var list = grains.GetGrain<IDutyListGrain>(GrainKeys.DutyList(brigade, year));
        var setUp = new DateOnly(year, 1, 2);
        timeline.At(setUp, ListedAt, () => list.Import(Items(year), DemoSeeder.Clerk));
        timeline.At(Earliest(new DateOnly(year, 1, 20), today), ListedAt, async () =>
        {
            foreach (var row in Risks(year))
            {
                await grains.GetGrain<IUnitGrain>(GrainKeys.Unit(brigade, row.UnitId)).PutRisk(row, DemoSeeder.Clerk);
            }
        });

        AddSignings(timeline, grains, list, today);
        foreach (var (holder, index) in Holders().Select((h, i) => (h, i)))
        {
            AddRecords(timeline, grains, holder, index, today);
        }

        AddInterview(timeline, grains, today);
    }

    /// <summary>Every holder of the demo: the 班子 and the units.</summary>
    public static IEnumerable<DutyHolder> Holders() =>
    [
        .. DemoOrganisation.Leaders.Select(l => DutyHolder.Leader(DemoOrganisation.BrigadeId, l.Id)),
        .. DemoOrganisation.Units.Select(u => DutyHolder.Unit(DemoOrganisation.BrigadeId, u.Id)),
    ];

    /// <summary>The office records each signing in January, a few a day, with a Word copy of the signed 责任书 as the scan.</summary>
    private static void AddSignings(DemoTimeline timeline, IGrainFactory grains, IDutyListGrain list, DateOnly today)
    {
        var pairs = PairsInOrder();
        foreach (var (pair, index) in pairs.Select((p, i) => (p, i)))
        {
            if (pair == Unsigned)
            {
                continue;
            }

            var on = Earliest(new DateOnly(today.Year, 1, 6).AddDays(index / 3), today);
            timeline.At(on, SignedAt.AddMinutes(index * 10), async () =>
            {
                var pledges = await list.GetPledges();
                var pledge = pledges.Single(p => p.PartyA == pair.PartyA && p.PartyB.Id == pair.PartyB);
                var scan = await DemoEvidence.Upload(grains, Scan(pledge, on), DemoSeeder.Clerk);
                await HolderGrain(grains, pledge.PartyB).SignPledge(pledge.Id, on, scan, DemoSeeder.Clerk);
            });
        }
    }

    /// <summary>The 责任书's pairs as <see cref="Grains.Domain"/> makes them: 第一责任人 with each other member, each member with each unit.</summary>
    private static List<(string PartyA, string PartyB)> PairsInOrder()
    {
        var first = DemoOrganisation.Leaders.Single(l => l.IsFirstResponsible).Id;
        return
        [
            .. DemoOrganisation.Leaders.Where(l => l.Id != first).Select(l => (first, l.Id)),
            .. DemoOrganisation.Leaders.SelectMany(l => l.UnitIds.Select(u => (l.Id, u))),
        ];
    }

    /// <summary>
    /// Each holder does each duty once in each of its periods, on a day that follows from the holder and the item, and
    /// records it that afternoon against the slot the grains judge that day to fall in; a duty whose day has not come yet
    /// stays due (待履责), and the <see cref="Missed"/> ones are never recorded.
    /// </summary>
    private static void AddRecords(DemoTimeline timeline, IGrainFactory grains, DutyHolder holder, int index, DateOnly today)
    {
        var author = holder.Kind == DutyHolderKind.Leader ? DemoOrganisation.LeaderUsername(holder.Id) : DemoOrganisation.UnitHeadUsername(holder.Id);
        foreach (var (item, itemIndex) in Items(today.Year).Where(i => i.Assignees.Includes(holder)).Select((it, n) => (it, n)))
        {
            foreach (var (on, n) in Days(item, index + itemIndex).Select((d, n) => (d, n)))
            {
                if (on > today || Missed(holder, item.Id, on, today))
                {
                    continue;
                }

                timeline.At(on, RecordedAt.AddMinutes(index * 3), async () =>
                {
                    var sheet = await HolderGrain(grains, holder).GetDuties(on.Year, on);
                    var slot = sheet.Slots.Single(s => s.ItemId == item.Id && s.Start <= on && on <= s.Due);
                    var draft = new DutyRecordDraft(Kind(item), on, Content(item, holder, on, n), Participants(item, holder), [slot.Id], [], null);
                    await HolderGrain(grains, holder).Record(draft, author);
                });
            }
        }
    }

    /// <summary>
    /// The days the duty is done: once in each month, quarter, half year or year of its cadence — early in a month, within
    /// the first half of a longer period, spread by <paramref name="spread"/> —, and a once item ten days or so before its date.
    /// </summary>
    private static IEnumerable<DateOnly> Days(DutyItem item, int spread)
    {
        if (item.Cadence == Cadence.Once)
        {
            yield return item.DueDate!.Value.AddDays(-10 - (spread % 7));
            yield break;
        }

        var months = item.Cadence switch
        {
            Cadence.Monthly => 1,
            Cadence.Quarterly => 3,
            Cadence.HalfYearly => 6,
            _ => 12,
        };
        for (var start = new DateOnly(item.Year, 1, 1); start.Year == item.Year; start = start.AddMonths(months))
        {
            var days = start.AddMonths(months).DayNumber - start.DayNumber;
            yield return start.AddDays(months == 1 ? 4 + (spread * 5 % 14) : 10 + (spread * 11 % (days / 2)));
            spread++;
        }
    }

    /// <summary>
    /// 赵志刚 talks with 事故处理中队 (约谈) about its backlog three weeks ago and asks for a plan within a fortnight; the unit
    /// answers and he closes it.
    /// </summary>
    private static void AddInterview(DemoTimeline timeline, IGrainFactory grains, DateOnly today)
    {
        var held = Latest(today.AddDays(-21), new DateOnly(today.Year, 1, 3));
        held = Earliest(held, today);
        var leader = grains.GetGrain<ILeaderGrain>(GrainKeys.Leader(DemoOrganisation.BrigadeId, "zhaozhigang"));
        string[] issued = [];
        timeline.At(held, new TimeOnly(10, 30), async () => issued = (await leader.Record(
            new DutyRecordDraft(
                DutyRecordKind.Interview, held, "约谈事故处理中队负责人张伟，指出事故积案清理进度滞后、调解卷宗归档不及时等问题，要求限期整改。",
                ["张伟"], [], [],
                new FollowUp("制定事故积案清理和卷宗归档整改方案，逐案明确责任人和完成时限，报送整改情况。", ["shigu"], held.AddDays(14))),
            DemoOrganisation.LeaderUsername("zhaozhigang"))).InstructionIds);
        var answered = held.AddDays(9);
        if (answered <= today)
        {
            timeline.At(answered, new TimeOnly(16, 20), () => grains.GetGrain<IInstructionGrain>(issued[0])
                .Answer("已制定整改方案，积案逐案明确责任人，调解卷宗已全部归档。", [], DemoOrganisation.UnitHeadUsername("shigu")));
        }

        if (answered.AddDays(1) <= today)
        {
            timeline.At(answered.AddDays(1), new TimeOnly(9, 15), () => grains.GetGrain<IInstructionGrain>(issued[0])
                .Close(DemoOrganisation.LeaderUsername("zhaozhigang")));
        }
    }

    private static DutyRecordKind Kind(DutyItem item) => item.Id switch
    {
        "fr-study" or "fr-supervision" => DutyRecordKind.Study,
        "lecture" => DutyRecordKind.Lecture,
        "talk" or "unit-talk" => DutyRecordKind.Talk,
        "inspection" or "quality-check" or "camera-check" => DutyRecordKind.Inspection,
        "risk-review" => DutyRecordKind.RiskReview,
        _ => DutyRecordKind.Other,
    };

    private static string Content(DutyItem item, DutyHolder holder, DateOnly on, int n)
    {
        var units = holder.Kind == DutyHolderKind.Leader ? string.Join("、", SupervisedUnits(holder).Select(u => u.Name)) : "";
        var unitName = DemoOrganisation.Units.FirstOrDefault(u => u.Id == holder.Id)?.Name;
        return item.Id switch
        {
            "fr-study" when n == 0 => "组织召开规范执法工作务虚会，专题研究执法规范化建设，部署规范执法顽瘴痼疾专项整治。",
            "fr-study" => "召开党总支扩大会专题研究下半年规范执法工作，调度执法质量检查发现问题整改情况。",
            "fr-supervision" => $"主持召开执法监督委员会会议，研究疑难复杂案件{2 + (n % 3)}起，统一执法尺度，明确办理意见。",
            "lecture" when holder.Id == "wanglixia" => "以“知敬畏、存戒惧、守底线”为题，为全体民警辅警讲廉政党课。",
            "lecture" => "以“坚守初心使命、筑牢廉洁防线”为题讲专题党课，结合身边案例开展廉洁教育。",
            "talk" => $"与{units}负责人谈心谈话，了解思想动态和工作困难，提醒严守廉洁纪律和执法规范。",
            "inspection" => $"到{units}督导检查规范执法和党风廉政建设情况，抽查执法案卷和执法记录仪视频，现场反馈问题{1 + (n % 3)}个并提出整改要求。",
            "warning" => n % 2 == 0
                ? "组织全体民警辅警观看警示教育片，通报近期公安系统违纪违法典型案例，以案说纪、以案促改。"
                : "召开警示教育大会，通报交警系统违规放行暂扣车辆典型案例，逐岗位对照查摆风险。",
            "unit-talk" => $"{unitName}负责人与本单位民警辅警逐一谈心谈话，了解思想和家庭情况，提醒严守执法纪律。",
            "quality-check" => $"开展{on.Month}月执法质量检查，抽查案卷{18 + (n * 7 % 15)}卷，下发执法质量检查通报1期。",
            "camera-check" => $"汇总{on.Month}月执法记录仪网上巡查情况，抽查执法记录仪信息{160 + (n * 37 % 90)}条，督促整改问题{2 + (n % 5)}个。",
            "risk-review" => $"对照岗位职责开展廉政风险点排查，梳理{unitName}风险点3个，更新风险点台账和防控措施。",
            _ => item.Requirement,
        };
    }


    private static string[] Participants(DutyItem item, DutyHolder holder) => item.Id switch
    {
        "talk" or "inspection" => [.. SupervisedUnits(holder).Select(u => u.Head!)],
        "fr-study" or "fr-supervision" => [.. DemoOrganisation.Leaders.Select(l => l.Name)],
        _ => [],
    };

    private static IEnumerable<Grains.Abstractions.Org.UnitDefinition> SupervisedUnits(DutyHolder holder) =>
        DemoOrganisation.Units.Where(u => DemoOrganisation.Leaders.Single(l => l.Id == holder.Id).UnitIds.Contains(u.Id));

    /// <summary>The signed 责任书 as the office scanned it: parties, period, what the second party holds, signatures and date.</summary>
    private static DemoEvidence.File Scan(Pledge pledge, DateOnly on)
    {
        var partyA = DemoOrganisation.Leaders.Single(l => l.Id == pledge.PartyA);
        var partyB = pledge.PartyB.Kind == DutyHolderKind.Leader
            ? DemoOrganisation.Leaders.Single(l => l.Id == pledge.PartyB.Id).Name
            : DemoOrganisation.Units.Single(u => u.Id == pledge.PartyB.Id).Name;
        var items = Items(pledge.Year).Where(i => pledge.ItemIds.Contains(i.Id)).Select((i, n) => new Paragraph($"{n + 1}. {i.Title}：{i.Requirement}。"));
        var document = new ReportDocument(
            ["党风廉政建设责任书", "（签订件）"], DocumentNumber: null, Signer: null, Recipient: null,
            [
                new Paragraph($"甲方：{partyA.Name}（{partyA.Post}）　乙方：{partyB}"),
                new Paragraph($"责任期限：{pledge.Year}年1月1日至{pledge.Year}年12月31日。"),
                .. items,
                new Paragraph($"甲方签字：{partyA.Name}　乙方签字：{partyB}"),
            ],
            DemoOrganisation.Settings.Name, on);
        return new DemoEvidence.File($"{pledge.Year}年党风廉政建设责任书（{partyA.Name}—{partyB}）签订件.docx", DocxRenderer.Render(document));
    }

    private static IDutyHolderGrain HolderGrain(IGrainFactory grains, DutyHolder holder) => holder.Kind == DutyHolderKind.Leader
        ? grains.GetGrain<ILeaderGrain>(holder.Key)
        : grains.GetGrain<IUnitGrain>(holder.Key);

    private static DutyAssignees Leaders(params string[] ids) => new(false, ids, []);

    private static DutyItem Item(
        int year, string id, string section, string title, string requirement, DutyLine line, Cadence cadence, string evidence, DutyAssignees assignees,
        DateOnly? due = null) =>
        new(id, year, section, title, requirement, line, cadence, due, evidence, assignees, []);

    private static bool SameMonth(DateOnly a, DateOnly b) => a.Year == b.Year && a.Month == b.Month;

    private static bool SameQuarter(DateOnly a, DateOnly b) => a.Year == b.Year && (a.Month - 1) / 3 == (b.Month - 1) / 3;

    private static DateOnly Earliest(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly Latest(DateOnly a, DateOnly b) => a > b ? a : b;
}
