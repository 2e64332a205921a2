namespace Responsibility.Api.OpenApi;

using Responsibility.Api.Detachments;
using Responsibility.Grains.Abstractions.Detachments;
using Responsibility.Grains.Abstractions.Rollups;

/// <summary>
/// Examples of the detachment's figures (see <see cref="Examples"/>): 淄博支队's three brigades at the end of October 2026,
/// 淄川 ahead of 张店 and 博山 on the third quarter's 考核.
/// </summary>
internal static class DetachmentExamples
{
    private static readonly DetachmentDashboardResponse Dashboard = new("zibo", "淄博市公安局交通警察支队", 2026, new DateOnly(2026, 10, 31),
    [
        new DetachmentDashboardRow("zichuan", "淄川大队", 0.8124, 0.8329, 42, new StatusCounts(6, 27, 5, 2, 2, 1), 1, 0, 1, 3, 91.5, 1),
        new DetachmentDashboardRow("zhangdian", "张店大队", 0.7702, 0.8329, 18, new StatusCounts(2, 10, 4, 2, 0, 0), 0, 1, 0, 1, 88.25, 2),
        new DetachmentDashboardRow("boshan", "博山大队", 0.6915, 0.8329, 15, new StatusCounts(1, 7, 3, 4, 0, 2), 2, 1, 2, 0, 88.25, 2),
    ]);

    public static readonly IReadOnlyDictionary<string, (object? Request, object? Response)> ByOperation =
        new Dictionary<string, (object?, object?)>
        {
            ["getDetachmentDashboard"] = (null, Dashboard),
        };
}
