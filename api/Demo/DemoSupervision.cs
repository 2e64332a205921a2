namespace Responsibility.Api.Demo;

using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Supervision;

/// <summary>
/// The demo's 督办: ten days ago the 党总支扩大会 (chaired by 韩振东, minuted by the office clerk) heard a report and
/// decided three things, and the brigade's leaders wrote instructions of their own over the last fortnight, so that every
/// state shows — open, answered, overdue (a decision due five days after the meeting and never answered), closed, and
/// reopened; four answers carry a Word record as evidence. Each act is dated on the <see cref="DemoTimeline"/>, and each
/// 批示 carries its day itself too, for an api whose grains run elsewhere on their own clocks.
/// </summary>
internal static class DemoSupervision
{
    private const string Chair = "韩振东";

    public static void Add(DemoTimeline timeline, IGrainFactory grains, DateOnly today)
    {
        var brigade = DemoOrganisation.BrigadeId;
        var held = today.AddDays(-10);
        var meeting = grains.GetGrain<IMeetingGrain>(RecordIds.New());
        string[] patrol = [];
        var cameras = "";
        timeline.At(held, new TimeOnly(17, 0), async () =>
        {
            await meeting.Record(
                new MeetingDraft(
                    brigade, held, $"{held.Month}月党总支扩大会", Chair,
                    [.. DemoOrganisation.Leaders.Select(l => l.Name), "各单位负责人"],
                    ["听取上月重点工作推进情况调度报告", "通报滞后任务督办情况", "研究部署下一阶段重点工作"], null),
                DemoSeeder.Clerk);
            await meeting.AddDecision(
                new DecisionDraft("开展酒驾醉驾夜查集中整治，每周至少组织两次统一行动，整治情况按周报送", ["zhixu", "chengqu"], "liuhaitao", held.AddDays(5)),
                DemoSeeder.Clerk);
            await meeting.AddDecision(
                new DecisionDraft("完成执法记录仪数据上传情况核查，对不规范使用问题逐一整改", ["keji"], "gaopeng", today.AddDays(15)), DemoSeeder.Clerk);
            var decided = await meeting.AddDecision(
                new DecisionDraft("组织“美丽乡村行”交通安全宣传进村入户活动，覆盖全部行政村", ["xuanchuan"], "hanzhendong", today.AddDays(20)),
                DemoSeeder.Clerk);
            (patrol, cameras) = (decided.Decisions[0].InstructionIds, decided.Decisions[1].InstructionIds[0]);
        });

        // 秩序中队 answered and its 督办领导 closed the decision for it; 城区中队 never answered, so its part is overdue.
        timeline.At(held.AddDays(4), new TimeOnly(11, 20), () => Answer(
            grains, patrol[0], "zhixu", "已组织夜查统一行动 3 次，查处酒驾 12 起、醉驾 3 起，整治情况已按周报送。",
            DemoEvidence.ForAnswer("酒驾醉驾夜查集中整治情况报告", "已组织夜查统一行动 3 次，查处酒驾 12 起、醉驾 3 起。", "秩序中队", held.AddDays(4))));
        timeline.At(held.AddDays(4), new TimeOnly(15, 40), () => grains.GetGrain<IInstructionGrain>(patrol[0]).Close("liuhaitao"));
        timeline.At(today.AddDays(-1), new TimeOnly(10, 5), () => Answer(
            grains, cameras, "keji", "已完成全部执法记录仪数据核查，发现未按规定上传 6 条，已督促相关中队整改。",
            DemoEvidence.ForAnswer("执法记录仪数据上传情况核查报告", "核查执法记录仪数据，发现未按规定上传 6 条，已逐一督促整改。", "科技信息室", today.AddDays(-1))));

        var fazhi = "";
        timeline.At(today.AddDays(-8), new TimeOnly(9, 30), async () => fazhi = await Issue(
            grains, new InstructionDraft(brigade, "fazhi", null, "请法制室本月底前完成对各中队执法案卷的集中评查，发现问题限期整改。", today.AddDays(10), IssuedOn: today.AddDays(-8))));
        timeline.At(today.AddDays(-2), new TimeOnly(15, 0), () => Answer(
            grains, fazhi, "fazhi", "已完成各中队执法案卷集中评查，评查案卷 36 卷，发现问题 5 个，已限期整改。",
            DemoEvidence.ForAnswer("执法案卷集中评查情况报告", "评查案卷 36 卷，发现问题 5 个，已限期整改。", "法制室", today.AddDays(-2))));
        var shigu = "";
        timeline.At(today.AddDays(-14), new TimeOnly(8, 50), async () => shigu = await Issue(
            grains, new InstructionDraft(brigade, "shigu", null, "事故处理中队要加快积案清理，报送清理进度。", today.AddDays(-7), IssuedOn: today.AddDays(-14)), "zhaozhigang"));
        timeline.At(today.AddDays(-9), new TimeOnly(16, 10), () => Answer(
            grains, shigu, "shigu", "已清理积案 8 起，剩余 2 起正在补充证据，月底前全部结案。",
            DemoEvidence.ForAnswer("积案清理进度报告", "已清理积案 8 起，剩余 2 起正在补充证据。", "事故处理中队", today.AddDays(-9))));
        timeline.At(today.AddDays(-8), new TimeOnly(10, 0), () => grains.GetGrain<IInstructionGrain>(shigu).Close("zhaozhigang"));
        var banan = "";
        timeline.At(today.AddDays(-6), new TimeOnly(9, 10), async () => banan = await Issue(
            grains, new InstructionDraft(brigade, "banan", null, "执法办案中心要对照升级标准逐项自查，形成自查报告。", today.AddDays(12), IssuedOn: today.AddDays(-6))));
        timeline.At(today.AddDays(-3), new TimeOnly(17, 30), () => Answer(grains, banan, "banan", "已完成自查。"));
        timeline.At(today.AddDays(-2), new TimeOnly(8, 40), () => grains.GetGrain<IInstructionGrain>(banan)
            .Reopen("自查报告过于简单，请逐项列明存在问题和整改措施。", DemoOrganisation.BrigadeLeaderUsername));
    }
    private static async Task<string> Issue(IGrainFactory grains, InstructionDraft draft, string author = DemoOrganisation.BrigadeLeaderUsername) =>
        (await grains.GetGrain<IInstructionGrain>(RecordIds.New()).Issue(draft, author)).Definition.Id;

    private static async Task Answer(
        IGrainFactory grains, string instructionId, string unitHead, string text, DemoEvidence.File? evidence = null)
    {
        string[] files = evidence is null ? [] : [await DemoEvidence.Upload(grains, evidence, unitHead)];
        await grains.GetGrain<IInstructionGrain>(instructionId).Answer(text, files, unitHead);
    }
}
