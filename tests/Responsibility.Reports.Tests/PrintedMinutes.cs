namespace Responsibility.Reports.Tests;

using Responsibility.Grains.Abstractions.Supervision;
using Responsibility.Reports.Layouts;
using Responsibility.Reports.Rendering;

/// <summary>
/// The minutes of a 党总支扩大会 with 22 attendees (the committee and every unit's heads), printed by LibreOffice once for each number of decisions from 2 to
/// 9, so that the list of attendees and the 落款 fall at every height of a page. REPORTS_SAMPLE_DIR keeps the files.
/// </summary>
public sealed class PrintedMinutes : IAsyncLifetime
{
    public const int FewestDecisions = 2;

    private static readonly MinutesDecision[] Decisions =
    [
        new(1, "开展酒驾醉驾夜查集中整治，每周至少组织两次统一行动，整治情况按周报送大队", ["秩序中队", "城区中队"], "刘海涛", new DateOnly(2026, 12, 31)),
        new(2, "完成执法记录仪数据上传情况核查，对不规范使用问题逐一整改", ["科技信息室"], "高鹏", new DateOnly(2026, 12, 20)),
        new(3, "加快农村平交路口减速带安装进度，年底前完成全年任务", ["事故处理中队"], "赵志刚", new DateOnly(2026, 12, 31)),
        new(4, "重新聘任法制员并组织业务培训考试，培训签到表和考试成绩作为佐证材料上传", ["法制室"], "王立侠", new DateOnly(2026, 12, 25)),
        new(5, "补齐剪辑人员，加快警示教育片和微视频制作，确保完成全年任务", ["宣传中队"], "韩振东", new DateOnly(2026, 12, 31)),
        new(6, "组织“美丽乡村行”交通安全宣传进村入户活动，覆盖全部行政村", ["宣传中队"], "韩振东", new DateOnly(2026, 12, 25)),
        new(7, "开展中队执法案卷自查，对发现的问题建立台账、限期整改", ["城区中队", "秩序中队", "事故处理中队"], "刘海涛", new DateOnly(2026, 12, 31)),
        new(8, "升级改造执法办案中心功能区，年底前投入使用", ["执法办案中心"], "王立侠", new DateOnly(2026, 12, 31)),
        new(9, "汇总全年重点工作完成情况，起草年度法治政府建设工作报告", ["法制室", "政工室"], "王立侠", new DateOnly(2026, 12, 28)),
    ];

    /// <summary>The minutes with their first <paramref name="decisions"/> decisions, as printed.</summary>
    public Dictionary<int, PdfPage[]> Pages { get; } = [];

    /// <summary>False outside CI on a machine without LibreOffice; the tests then have nothing to check.</summary>
    public bool Printed { get; private set; }

    public static MeetingMinutes Meeting(int decisions) => new(
        OctoberReport.Header, "m12", new DateOnly(2026, 12, 3), "12月党总支扩大会", "王立侠",
        ["王立侠", "韩振东", "刘海涛", "赵志刚", "高鹏", "孙建华", "吴敏", "马丽", "刘晓燕", "李强", "陈磊", "张伟", "周涛", "欧阳明远",
         "杨帆", "郑国庆", "冯晓东", "何丽娜", "许志强", "宋建军", "朱红梅", "韩晓峰"],
        ["听取11月重点工作推进情况调度报告", "通报滞后任务督办情况", "研究部署年底重点工作"], "2026-11",
        Decisions[..decisions]);

    public async Task InitializeAsync()
    {
        var counts = Enumerable.Range(FewestDecisions, Decisions.Length - FewestDecisions + 1).ToArray();
        var documents = counts.Select(n => ($"minutes-{n}", DocxRenderer.Render(MinutesLayout.Build(Meeting(n))))).ToArray();
        if (await LibreOffice.PrintAsync("minutes", documents) is { } pages)
        {
            for (var i = 0; i < counts.Length; i++)
            {
                Pages[counts[i]] = pages[i];
            }

            Printed = true;
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
