namespace Responsibility.Api.OpenApi;

using Responsibility.Api.Accountability;
using Responsibility.Grains.Abstractions.Appraisal;
using Responsibility.Grains.Abstractions.Duties;
using Responsibility.Grains.Abstractions.Rollups;

/// <summary>Examples of the 述责述廉 operations (see <see cref="Examples"/>): 赵刚's 2026 report, drafted, written, submitted and accepted.</summary>
internal static class AccountabilityExamples
{
    private const string Performance =
        "本人任副大队长，分管宣传中队、秩序中队。2026年截至12月10日，牵头业务工作任务6项，已完成4项，总体完成进度88.5%（序时进度94.3%），无滞后任务；"
        + "牵头党风廉政建设任务3项，已完成2项，总体完成进度90.0%（序时进度94.3%），无滞后任务。\n"
        + "责任清单列本人履责事项4项：业务工作应履责4项次，已履责4项次，未履责0项次；党风廉政建设应履责24项次，已履责22项次，未履责1项次。\n"
        + "2026年截至12月10日形成履责纪实31条，其中谈心谈话12次、督导检查8次、批示督办6次。主要有：3月5日，谈心谈话：与宣传中队中队长张华谈心谈话；"
        + "5月8日，督导检查：督导检查秩序中队执法记录仪使用情况；9月2日，讲党课：到秩序中队讲廉政党课。\n"
        + "作出批示、督办和整改要求6件，已办结5件，其中按期办结5件。\n督促分管单位整改问题4个，已整改销号4个。\n已签订2026年度党风廉政建设责任书。";

    private static readonly AccountabilitySections Drafted = new(
        Performance,
        "履责不够及时。责任清单中“开展谈心谈话”（2026-07）共1项次未按时履责。",
        "持续落实“一岗双责”，坚持业务工作与党风廉政建设同部署、同落实、同检查、同考核。\n对尚未办结的1件批示督办事项跟踪问效，确保按期办结、销号。",
        "");

    private const string Integrity = "本人严格遵守中央八项规定及其实施细则精神，按规定报告个人有关事项，未发生违反廉洁纪律的问题。";

    private static readonly AccountabilityFigures Figures = new(
        new Rollup(0.885, 0.943, 0.058, 6, new StatusCounts(4, 2, 0, 0, 0, 0), []),
        new Rollup(0.9, 0.943, 0.043, 3, new StatusCounts(2, 1, 0, 0, 0, 0), []),
        4, new DutyCompletion(4, 4, 0), new DutyCompletion(24, 22, 1), 31, 6, 5, 5, 4, 4, 0, true);

    private static readonly DateTimeOffset DraftedAt = new(2026, 12, 10, 9, 0, 0, TimeSpan.FromHours(8));

    private static readonly AccountabilityReportResponse Draft = new(
        "zichuan", "zhao", "赵刚", "副大队长", 2026, "2026年度述责述廉报告", AccountabilityState.Draft, null, 1, 1, new DateOnly(2026, 12, 10),
        Drafted, Figures, [new AccountabilityStepResponse(AccountabilityStepKind.Drafted, 1, "赵刚", DraftedAt, null)]);

    private static readonly AccountabilityReportResponse Saved = Draft with
    {
        Version = 2, Versions = 2, Sections = Drafted with { Integrity = Integrity },
        History = [.. Draft.History, new AccountabilityStepResponse(AccountabilityStepKind.Saved, 2, "赵刚", DraftedAt.AddHours(2), null)],
    };

    private static readonly AccountabilityReportResponse Submitted = Saved with
    {
        State = AccountabilityState.Submitted,
        History = [.. Saved.History, new AccountabilityStepResponse(AccountabilityStepKind.Submitted, 2, "赵刚", DraftedAt.AddHours(3), null)],
    };

    public static readonly IReadOnlyDictionary<string, (object? Request, object? Response)> ByOperation =
        new Dictionary<string, (object?, object?)>
        {
            ["getAccountabilityReport"] = (null, Draft),
            ["editAccountabilityReport"] = (new EditAccountabilityReport(Integrity, null), Saved),
            ["redraftAccountabilityReport"] = (null, Saved with
            {
                Version = 3, Versions = 3,
                History = [.. Saved.History, new AccountabilityStepResponse(AccountabilityStepKind.Drafted, 3, "赵刚", DraftedAt.AddDays(5), null)],
            }),
            ["submitAccountabilityReport"] = (null, Submitted),
            ["returnAccountabilityReport"] = (new ReturnAccountabilityReport("请补充分管单位谈心谈话的具体情况。"), Submitted with
            {
                State = AccountabilityState.Returned, ReturnNote = "请补充分管单位谈心谈话的具体情况。",
                History = [.. Submitted.History, new AccountabilityStepResponse(AccountabilityStepKind.Returned, 2, "王立侠", DraftedAt.AddDays(1), "请补充分管单位谈心谈话的具体情况。")],
            }),
            ["acceptAccountabilityReport"] = (null, Submitted with
            {
                State = AccountabilityState.Accepted,
                History = [.. Submitted.History, new AccountabilityStepResponse(AccountabilityStepKind.Accepted, 2, "王立侠", DraftedAt.AddDays(1), null)],
            }),
        };
}
