namespace Responsibility.Api.OpenApi;

using Responsibility.Api.Oversight;
using Responsibility.Grains.Abstractions.Oversight;

/// <summary>Examples of the 通报 operations (see <see cref="Examples"/>): 淄川大队's 情况通报 of its March 执法质量检查, drafted and issued.</summary>
internal static class BulletinExamples
{
    private const string BulletinId = "019a7c1d2e3f4a5b6c7d8e9f0a1b2c3d";
    private const string InspectionId = "019a6d0c1b2a39485766554433221100";

    private const string Body =
        "2026年3月5日，王立侠带队对法制室、事故中队开展了执法质量检查（3月执法质量检查）。现将有关情况通报如下：\n"
        + "一、基本情况\n本次检查共发现问题2个，涉及2个单位。\n二、存在的问题\n（一）事故中队\n1. 卷宗方面：证据目录不全（一般）。\n"
        + "三、整改要求\n事故中队对“证据目录不全”问题于2026年4月5日前整改到位，责任领导赵刚。整改措施：逐卷补齐证据目录。";

    private static readonly BulletinResponse Drafted = new(
        BulletinId, "zichuan", 2026, BulletinKind.Situation, BulletinStatus.Draft, null, null, "关于2026年3月执法质量检查情况的通报", Body,
        InspectionId, [new BulletinUnit("fazhi", "法制室"), new BulletinUnit("sigu", "事故中队")], "dadui", "王立侠",
        new DateTimeOffset(2026, 3, 6, 10, 0, 0, TimeSpan.FromHours(8)), null, null, null, 1);

    public static readonly IReadOnlyDictionary<string, (object? Request, object? Response)> ByOperation =
        new Dictionary<string, (object?, object?)>
        {
            ["draftBulletin"] = (new DraftBulletin(BulletinKind.Situation, null, InspectionId), Drafted),
            ["editBulletin"] = (new EditBulletin(Drafted.Title, Body + "\n各单位要举一反三，逐项整改。"), Drafted with { Body = Body + "\n各单位要举一反三，逐项整改。", Version = 2 }),
            ["issueBulletin"] = (null, Drafted with
            {
                State = BulletinStatus.Issued, Number = "〔2026〕第3期", Sequence = 3, IssuedOn = new DateOnly(2026, 3, 8), IssuedBy = "dadui",
                IssuedByName = "王立侠", Version = 2,
            }),
        };
}
