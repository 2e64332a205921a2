namespace Responsibility.Api.OpenApi;

using Responsibility.Api.Oversight;
using Responsibility.Grains.Abstractions.Oversight;

/// <summary>
/// Examples of the extension operations (see <see cref="Examples"/>): 宣传中队's head asks to move 交通安全宣传进农村 from
/// June 30 to July 20 because of the rainy season; 赵刚, its 分管领导, grants July 15.
/// </summary>
internal static class ExtensionExamples
{
    private const string ExtensionId = "019b7d3e4f5a6b7c8d9e0f1a2b3c4d5e";
    private static readonly ExtensionTarget Target = new(ExtensionTargetKind.Task, "019a0c4e7b2f7c3d9e51a6b8c0d2e4f6");
    private static readonly DateTimeOffset AskedAt = new(2026, 6, 20, 10, 0, 0, TimeSpan.FromHours(8));

    private static readonly ExtensionResponse Asked = new(
        ExtensionId, "zichuan", Target, "XC-01 交通安全宣传进农村", "xuanchuan", "宣传中队", "xuanchuan", "张华", AskedAt,
        new DateOnly(2026, 6, 30), new DateOnly(2026, 6, 30), 0, new DateOnly(2026, 7, 20), "雨季道路施工，集中宣传活动无法按期开展。",
        "已完成18个村中的12个。", [], 1, new ExtensionApproverResponse("zhao", false, "赵刚"), false, ExtensionState.Pending, null, 1);

    private static readonly ExtensionResponse Granted = Asked with
    {
        State = ExtensionState.Granted,
        Decision = new ExtensionDecisionResponse(true, new DateOnly(2026, 7, 15), "同意，7月15日前完成。", "zhao", "赵刚", AskedAt.AddDays(1)),
        Version = 2,
    };

    public static readonly IReadOnlyDictionary<string, (object? Request, object? Response)> ByOperation =
        new Dictionary<string, (object?, object?)>
        {
            ["requestExtension"] = (new RequestExtension(Target, Asked.ProposedDue, Asked.Reason, Asked.Progress, []), Asked),
            ["grantExtension"] = (new GrantExtension(new DateOnly(2026, 7, 15), "同意，7月15日前完成。"), Granted),
            ["refuseExtension"] = (new RefuseExtension("宣传活动可改在室内开展，不予延期。"), Asked with
            {
                State = ExtensionState.Refused,
                Decision = new ExtensionDecisionResponse(false, null, "宣传活动可改在室内开展，不予延期。", "zhao", "赵刚", AskedAt.AddDays(1)),
                Version = 2,
            }),
        };
}
