namespace Responsibility.Api.Demo;

using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Appraisal;

/// <summary>
/// The demo's 述责述廉 of last year, held in January as offices do: each 班子成员 opens the draft of last year's report
/// (the system held no data then, so each rewrites 履职情况 from their own notes), writes the 廉洁自律 part and submits it;
/// the 大队长 accepts them (the 教导员 accepts the 大队长's own), after returning one for 问题查摆 too general.
/// </summary>
internal static class DemoAccountability
{
    /// <summary>What each leader writes of last year: their work on both duties, problems, plans and 廉洁自律.</summary>
    private static readonly Dictionary<string, (string Performance, string Problems, string Plans)> Written = new(StringComparer.Ordinal)
    {
        ["wanglixia"] = (
            "作为大队党总支第一责任人，全年主持召开党总支扩大会议12次，专题研究党风廉政建设和法治建设工作4次；带头落实“一岗双责”，与班子成员签订党风廉政建设责任书5份，开展谈心谈话20余人次；亲自督办重点执法问题整改，组织执法质量检查12次。",
            "对分管单位日常监督的频次和深度不够，个别执法问题整改跟踪不及时。",
            "严格落实第一责任人职责，每季度听取班子成员履行“一岗双责”情况汇报，推动执法监督常态化。"),
        ["hanzhendong"] = (
            "协助第一责任人抓好党风廉政建设，组织开展廉政警示教育6次、讲党课2次；分管政工室和宣传中队，推动“交通安全宣传进农村”活动覆盖全部行政村。",
            "廉政风险点排查不够深入，对个别民警的思想动态掌握不够及时。",
            "健全廉政风险防控台账，每季度开展一次分管单位谈心谈话全覆盖。"),
        ["liuhaitao"] = (
            "分管秩序中队和城区中队，组织开展重点车辆、酒驾醉驾等专项整治行动；落实“一岗双责”，对分管单位民警开展提醒谈话8人次，督促整改路面执法问题。",
            "对路面执法规范化的日常检查不够，个别问题反复出现。",
            "建立分管单位执法问题周通报制度，推动路面执法规范化。"),
        ["zhaozhigang"] = (
            "分管事故处理中队，推进事故快处快赔和道路交通事故预防工作；组织开展事故处理执法规范化学习，落实分管单位党风廉政建设责任。",
            "事故处理案卷质量仍有短板，对分管单位廉政教育形式较单一。",
            "开展案卷评查，丰富廉政教育形式，每半年听取一次分管单位廉政建设情况汇报。"),
        ["gaopeng"] = (
            "分管科技信息室，推进非现场执法和执法信息系统建设；落实“一岗双责”，督促科技信息室建立违法记录审核制度。",
            "存在一些不足。",
            "继续做好分管工作。"),
    };

    private const string Integrity =
        "本人严格遵守中央八项规定及其实施细则精神和廉洁自律准则，没有违规收受礼品礼金、违规吃喝等问题；" +
        "严格执行个人有关事项报告制度，教育管理好亲属和身边工作人员，自觉接受组织和群众监督。";

    private const string Returned = "gaopeng";

    /// <summary>Adds last year's reports: written on the 8th of January, submitted on the 9th, decided on the 12th.</summary>
    public static void Add(DemoTimeline timeline, IGrainFactory grains, DateOnly today)
    {
        var year = today.Year - 1;
        foreach (var leader in DemoOrganisation.Leaders)
        {
            var grain = grains.GetGrain<ILeaderGrain>(GrainKeys.Leader(DemoOrganisation.BrigadeId, leader.Id));
            var username = DemoOrganisation.LeaderUsername(leader.Id);
            var (performance, problems, plans) = Written[leader.Id];
            // The first responsible leader's own report is decided by the other BrigadeLeader.
            var decider = leader.IsFirstResponsible ? DemoOrganisation.LeaderUsername("hanzhendong") : DemoOrganisation.BrigadeLeaderUsername;
            timeline.At(new DateOnly(today.Year, 1, 8), new TimeOnly(16, 0), async () =>
            {
                await grain.GetAccountabilityReport(year, null, username);
                await grain.EditAccountabilityReport(year, new AccountabilityEdit(Integrity, performance, problems, plans), username);
            });
            timeline.At(new DateOnly(today.Year, 1, 9), new TimeOnly(9, 0), () => grain.SubmitAccountabilityReport(year, username));
            if (leader.Id == Returned)
            {
                timeline.At(new DateOnly(today.Year, 1, 9), new TimeOnly(15, 0), () => grain.ReturnAccountabilityReport(
                    year, "存在的问题查摆过于笼统，请结合分管的非现场执法工作具体查摆并修改。", decider));
                timeline.At(new DateOnly(today.Year, 1, 10), new TimeOnly(10, 0), async () =>
                {
                    await grain.EditAccountabilityReport(year, new AccountabilityEdit(
                        Integrity, performance,
                        "对非现场执法记录审核把关不严，出现过车牌识别错误未剔除的情况；对分管单位民警的廉政教育抓得不够经常。",
                        "落实违法记录二次审核，每周通报审核差错；每季度对科技信息室开展一次廉政谈话。"), username);
                    await grain.SubmitAccountabilityReport(year, username);
                });
            }

            timeline.At(new DateOnly(today.Year, 1, 12), new TimeOnly(10, 0), () => grain.AcceptAccountabilityReport(year, decider));
        }
    }
}
