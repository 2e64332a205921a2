namespace Responsibility.Api.OpenApi;

using Responsibility.Api.Detachments;
using Responsibility.Api.Tasks;
using Responsibility.Grains.Abstractions.Detachments;
using Responsibility.Grains.Abstractions.Tasks;

/// <summary>
/// Examples of the template operations (see <see cref="Examples"/>): 淄博支队 hands 酒驾醉驾百日攻坚 down to 淄川, 张店 and
/// 博山 with a target of 10 行动, then raises it to 12.
/// </summary>
internal static class TemplateExamples
{
    private static readonly Metric Actions = new(MetricKind.Count, 10, "次", RateDirection.HigherIsBetter, []);

    private static readonly TemplateResponse Published = new(
        "019b8e2a6c3d7f40a1b2c3d4e5f60718", "Task", 2026, "ZD-01", "酒驾醉驾百日攻坚集中统一行动", "秩序整治", DutyLine.Business,
        Actions, 1, new DateOnly(2026, 7, 1), new DateOnly(2026, 10, 31), null, null, 1,
        new DateTimeOffset(2026, 6, 28, 9, 30, 0, TimeSpan.FromHours(8)), "zhidui-admin",
        [new("zichuan", "6a1f0c9e2b7d4e8fa3c5b9d1e0f27a64"), new("zhangdian", "c3e9b1d7a5f24c60b8e2d4f6a1c3e5b7"), new("boshan", "9d2b4f6e8a0c1e3f5a7b9c1d3e5f7a9b")]);

    public static readonly IReadOnlyDictionary<string, (object? Request, object? Response)> ByOperation =
        new Dictionary<string, (object?, object?)>
        {
            ["publishTemplate"] = (
                new PublishTemplate(
                    "Task", 2026, "ZD-01", "酒驾醉驾百日攻坚集中统一行动", "秩序整治", DutyLine.Business,
                    new MetricBody(MetricKind.Count, 10, "次", null, null), 1, new DateOnly(2026, 7, 1), new DateOnly(2026, 10, 31), null, null),
                Published),
            ["updateTemplate"] = (
                new UpdateTemplate(null, null, null, 12, null, null, null, null, null, null),
                Published with { Metric = Actions with { Target = 12 }, Version = 2 }),
        };
}
