namespace Responsibility.Api.OpenApi;

using Responsibility.Grains.Abstractions.Detachments;
using Responsibility.Grains.Abstractions.Rollups;
using Responsibility.Grains.Abstractions.Supervision;

/// <summary>Examples of the detachment's 月度调度通报 (see <see cref="Examples"/>): 淄博支队's October 2026, its three brigades ranked.</summary>
internal static class DetachmentReportExamples
{
    private static readonly DetachmentReport October = new(
        "zibo", "淄博支队", "Asia/Shanghai", 2026, 10, 2, 10, new DateOnly(2026, 10, 31),
        new DateTimeOffset(2026, 11, 2, 9, 30, 0, TimeSpan.FromHours(8)), "zhidui-li",
        [
            new(1, "zhangdian", "张店大队", 0.86, 0.83, 24, new StatusCounts(5, 16, 3, 0, 0, 1), 0, 0, 0, []),
            new(2, "zichuan", "淄川大队", 0.80, 0.83, 38, new StatusCounts(6, 25, 5, 2, 0, 2), 1, 0, 1,
            [
                new("019a0c4e7b2f7c3d9e51a6b8c0d2e4f7", "FZ-03", "执法记录仪使用率", "fazhi", "法制室", 0.62, 0.83),
                new("019a0c4e7b2f7c3d9e51a6b8c0d2e4f8", "SG-02", "事故现场快处快赔", "shigu", "事故中队", 0.55, 0.75),
            ]),
            new(3, "boshan", "博山大队", 0.71, 0.83, 19, new StatusCounts(2, 11, 3, 3, 0, 0), 2, 1, 0,
            [
                new("019a0c4e7b2f7c3d9e51a6b8c0d2e4f9", "ZX-02", "查处超员超载", "zhixu", "秩序中队", 0.48, 0.83),
            ]),
        ],
        [
            new("019a7c1d2e3f4a5b6c7d8e9f0a1b2c3e", "boshan", "博山大队", "红灯任务限期追赶，11月10日前报送补救措施。",
                new DateOnly(2026, 10, 8), new DateOnly(2026, 10, 25), InstructionStatus.Overdue, null),
        ]);

    public static readonly IReadOnlyDictionary<string, (object? Request, object? Response)> ByOperation =
        new Dictionary<string, (object?, object?)>
        {
            ["generateDetachmentReport"] = (null, October),
        };
}
