namespace Responsibility.Api.Demo;

using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Oversight;
using Responsibility.Grains.Abstractions.Supervision;

/// <summary>
/// The demo's 督责, replayed on the <see cref="DemoTimeline"/> in the seed's manner ("执法质量检查12次，通报12期，督促整改
/// 问题53个"): on the 10th of every month so far 王立侠 (大队长, 执法监督) and 韩振东 check two units' 执法质量; each unit
/// checked yields two findings, each a 整改 item due a month later under the unit's 分管领导. Units report with a Word
/// record as evidence five days before the date and 王立侠 closes (销号) two days later, except what
/// <see cref="Exceptions"/> leaves: a few overdue, one sent back, one 重复发生 (城区中队's 执法记录仪使用 again). Extensions:
/// one granted, one refused. Every inspection has its 情况通报, drafted by the office and issued by the 大队长.
/// </summary>
internal static class DemoOversight
{
    /// <summary>The units checked in turn, two a month.</summary>
    public static readonly string[] CheckedUnits = ["zhixu", "chengqu", "shigu", "banan"];

    public static readonly string[] Inspectors = ["wanglixia", "hanzhendong"];

    private static readonly TimeOnly InspectedAt = new(16, 30);

    /// <summary>
    /// What a 执法质量检查 finds, by category: the problem, the rule it breaks (依据) and the measures asked for. A unit meets
    /// each category once, in an order of its own, so only the repeat made on purpose is 重复发生.
    /// </summary>
    public static readonly (string Category, string Problem, string Basis, string Measures)[] Findings =
    [
        ("执法记录仪使用", "抽查现场执法视频，部分执法过程未全程记录，存在中断录像情况", "《公安机关现场执法视音频记录工作规定》第五条", "组织执法记录仪使用专题培训，每日由中队长抽查上传情况"),
        ("执法文书制作", "简易程序处罚决定书违法事实表述不完整，部分文书未载明告知内容", "《道路交通安全违法行为处理程序规定》第四十二条", "对照文书规范逐份自查，建立文书审核签字制度"),
        ("证据收集固定", "部分案件现场照片与询问笔录不能相互印证，证据链条不完整", "《公安机关办理行政案件程序规定》第二十六条", "开展证据规则学习，由法制员对在办案件逐案把关"),
        ("案卷归档", "已结案件案卷未按期归档，卷内材料排列不规范", "《公安机关执法档案管理规定》第十二条", "限期完成积存案卷归档，明确专人负责案卷管理"),
        ("法律适用", "个别案件处罚依据引用条款不准确，裁量说明不充分", "《中华人民共和国行政处罚法》第三十八条", "组织法律适用案例研讨，对同类案件逐案复核"),
        ("涉案车辆管理", "扣留车辆登记信息不全，部分车辆移交手续缺少交接人签字", "《公安机关涉案财物管理若干规定》第十条", "完善扣留车辆登记台账，落实交接双人签字"),
        ("权利告知", "部分案件未书面告知当事人陈述申辩权利", "《中华人民共和国行政处罚法》第四十四条", "规范权利告知程序，告知书随案归档"),
        ("执法程序", "个别案件超期办结，未履行延期审批手续", "《公安机关办理行政案件程序规定》第一百六十五条", "建立案件办理期限预警，超期案件逐案说明原因"),
        ("非现场执法审核", "非现场执法记录审核把关不严，存在车牌识别错误未剔除情况", "《道路交通安全违法行为图像取证技术规范》", "落实违法记录二次审核，每周通报审核差错"),
        ("信息录入", "执法信息系统录入不及时，部分案件信息与纸质卷宗不一致", "《公安交通管理综合应用平台使用管理规定》", "开展信息录入专项核查，实行录入复核"),
        ("警容风纪", "现场执法中个别民警着装不规范，执法用语不文明", "《公安机关人民警察内务条令》第三十二条", "开展警容风纪专项整顿，纳入月度考核"),
        ("罚没款管理", "罚没款上缴不及时，个别票据保管不规范", "《罚没财物管理办法》第十六条", "建立罚没款日清日结制度，票据专人专柜保管"),
    ];

    /// <summary>
    /// Adds the year's checks. <paramref name="replayed"/>: the grains run on the <see cref="DemoClock"/>, so an act may
    /// stand for a past day; an api seeding as an Orleans client cannot date one (its silos judge on their own clocks), so
    /// there the extension asked for months ago, already past its date today, is left out.
    /// </summary>
    public static void Add(DemoTimeline timeline, IGrainFactory grains, DateOnly today, bool replayed)
    {
        var plan = Plan(today);
        foreach (var inspection in plan)
        {
            AddInspection(timeline, grains, inspection, today, replayed);
        }
    }

    /// <summary>One month's check: its day, the units checked and each finding (unit, category index).</summary>
    public sealed record PlannedInspection(int Month, DateOnly Date, string[] UnitIds, (string UnitId, int Category)[] Findings);

    /// <summary>The year's checks up to today: the 10th of each month that has passed it.</summary>
    public static IReadOnlyList<PlannedInspection> Plan(DateOnly today)
    {
        var plan = new List<PlannedInspection>();
        var met = CheckedUnits.ToDictionary(u => u, _ => 0);
        for (var month = 1; month <= 12; month++)
        {
            var date = new DateOnly(today.Year, month, 10);
            if (date >= today)
            {
                break;
            }

            string[] units = [CheckedUnits[(2 * (month - 1)) % 4], CheckedUnits[((2 * (month - 1)) + 1) % 4]];
            var findings = new List<(string, int)>();
            foreach (var unit in units)
            {
                for (var k = 0; k < 2; k++)
                {
                    // Each unit starts at a category of its own and moves on: no category twice for a unit in a year.
                    findings.Add((unit, (Array.IndexOf(CheckedUnits, unit) * 3 + met[unit]++) % Findings.Length));
                }
            }

            plan.Add(new PlannedInspection(month, date, units, [.. findings]));
        }

        // The repeat made on purpose: in the latest check of 城区中队, its second finding is its first one again.
        var last = plan.FindLastIndex(p => p.UnitIds.Contains("chengqu"));
        if (last > 0)
        {
            var first = plan.First(p => p.UnitIds.Contains("chengqu")).Findings.First(f => f.UnitId == "chengqu").Category;
            var findings = plan[last].Findings.ToArray();
            var second = Array.FindLastIndex(findings, f => f.UnitId == "chengqu");
            findings[second] = ("chengqu", first);
            plan[last] = plan[last] with { Findings = findings };
        }

        return plan;
    }

    /// <summary>
    /// What happens to a finding after it is made, by how old its check is: reported five days before its date and closed
    /// two days later, as far as today has come (last month's are reported and wait for their check), but for the first
    /// finding of last month's check (extended), the first of the check three months back (never reported: overdue), the
    /// second of the check four months back (sent back and not reported again: overdue) and the third of the check five
    /// months back (its extension refused, never reported: overdue).
    /// </summary>
    public static DemoFate Exceptions(int monthsBack, int findingIndex) => (monthsBack, findingIndex) switch
    {
        (3, 0) => DemoFate.NeverReported,
        (4, 1) => DemoFate.Returned,
        (5, 2) => DemoFate.ExtensionRefused,
        (1, 0) => DemoFate.ExtensionGranted,
        _ => DemoFate.Closed,
    };

    private static void AddInspection(DemoTimeline timeline, IGrainFactory grains, PlannedInspection planned, DateOnly today, bool replayed)
    {
        var brigade = DemoOrganisation.BrigadeId;
        var inspection = grains.GetGrain<IInspectionGrain>(RecordIds.New());
        var monthsBack = (today.Year - planned.Date.Year) * 12 + today.Month - planned.Month;
        var names = planned.UnitIds.Select(u => DemoOrganisation.Units.Single(x => x.Id == u).Name).ToArray();
        var items = new string[planned.Findings.Length];
        timeline.At(planned.Date, InspectedAt, async () =>
        {
            await inspection.Record(
                new InspectionDraft(
                    brigade, InspectionKind.EnforcementQuality, planned.Date, $"{planned.Month}月份执法质量检查", Inspectors, planned.UnitIds,
                    $"大队执法质量检查组对{string.Join("、", names)}{planned.Month}月份办理的简易程序案件、行政处罚案件和现场执法视频进行了抽查，"
                    + "逐卷查看文书、证据和程序，现场反馈检查情况。"),
                DemoOrganisation.BrigadeLeaderUsername);
            foreach (var (finding, index) in planned.Findings.Select((f, i) => (f, i)))
            {
                var (category, problem, basis, measures) = Findings[finding.Category];
                var leader = DemoOrganisation.Leaders.First(l => l.UnitIds.Contains(finding.UnitId)).Id;
                var item = await inspection.AddFinding(
                    new FindingDraft(problem, category, finding.UnitId, null, index == 0 ? Severity.Medium : Severity.Low, basis, leader, measures, planned.Date.AddDays(30)),
                    DemoOrganisation.BrigadeLeaderUsername);
                items[index] = item.Id;
            }
        });

        // The office drafts the 情况通报 from the check two days later; the 大队长 issues it the day after.
        var bulletin = grains.GetGrain<IBulletinGrain>(RecordIds.New());
        var drafted = planned.Date.AddDays(2);
        if (drafted < today)
        {
            timeline.At(drafted, new TimeOnly(10, 0), () => bulletin.DraftFromData(
                new BulletinRequest(brigade, BulletinKind.Situation, $"关于{planned.Month}月份执法质量检查情况的通报", inspection.GetPrimaryKeyString()),
                DemoSeeder.Clerk));
        }

        if (drafted.AddDays(1) < today)
        {
            timeline.At(drafted.AddDays(1), new TimeOnly(9, 0), () => bulletin.Issue(DemoOrganisation.BrigadeLeaderUsername));
        }

        foreach (var (finding, index) in planned.Findings.Select((f, i) => (f, i)))
        {
            var due = planned.Date.AddDays(30);
            var unit = grains.GetGrain<IUnitGrain>(GrainKeys.Unit(brigade, finding.UnitId));
            var head = DemoOrganisation.UnitHeadUsername(finding.UnitId);
            var unitName = DemoOrganisation.Units.Single(u => u.Id == finding.UnitId).Name;
            var (category, _, _, measures) = Findings[finding.Category];
            var fate = Exceptions(monthsBack, index);
            var reportedOn = due.AddDays(-5);
            if (fate is DemoFate.Closed or DemoFate.Returned && reportedOn < today)
            {
                var i = index;
                timeline.At(reportedOn, new TimeOnly(15, 10), async () =>
                {
                    var file = await DemoEvidence.Upload(
                        grains, DemoEvidence.ForAnswer($"{category}问题整改情况报告", $"已按要求{measures}，问题已整改到位。", unitName, reportedOn), head);
                    await unit.ReportRectification(items[i], $"已{measures}，问题已整改到位。", [file], head);
                });
            }

            if (fate == DemoFate.Closed && due.AddDays(-3) < today)
            {
                var i = index;
                timeline.At(due.AddDays(-3), new TimeOnly(10, 0), () => unit.CloseRectification(items[i], DemoOrganisation.BrigadeLeaderUsername));
            }

            if (fate is DemoFate.ExtensionGranted or DemoFate.ExtensionRefused && due.AddDays(-10) < today && (replayed || due >= today))
            {
                var i = index;
                var granted = fate == DemoFate.ExtensionGranted;
                var leader = DemoOrganisation.Leaders.First(l => l.UnitIds.Contains(finding.UnitId)).Id;
                var extension = grains.GetGrain<IExtensionGrain>(RecordIds.New());
                timeline.At(due.AddDays(-10), new TimeOnly(11, 0), () => extension.Request(
                    new ExtensionDraft(
                        brigade, new ExtensionTarget(ExtensionTargetKind.Rectification, items[i]), due.AddDays(20),
                        granted ? "涉及的案卷需调取原始视频重新核对，部分当事人外出务工，补充询问需要时间。" : "近期夜查任务多，人手紧张。",
                        granted ? "已完成案卷自查和问题清单，补充询问完成一半。" : "尚未开始。", []),
                    false, head));
                if (due.AddDays(-8) < today)
                {
                    var leaderName = DemoOrganisation.LeaderUsername(leader);
                    timeline.At(due.AddDays(-8), new TimeOnly(9, 0), () => granted
                        ? extension.Grant(due.AddDays(15), "同意延期至调整后时限，逾期不再延期。", leaderName)
                        : extension.Refuse("人手紧张不是延期理由，请按原定时限完成整改。", leaderName));
                }
            }

            if (fate == DemoFate.Returned && due.AddDays(-2) < today)
            {
                var i = index;
                timeline.At(due.AddDays(-2), new TimeOnly(9, 40), () => unit.ReturnRectification(
                    items[i], "整改报告只写了措施，未附整改前后的案卷对照和培训记录，请补充后重新报送。", DemoOrganisation.BrigadeLeaderUsername));
            }
        }
    }
}

/// <summary>What becomes of a demo finding.</summary>
internal enum DemoFate
{
    Closed,
    NeverReported,
    Returned,
    ExtensionGranted,
    ExtensionRefused,
}
