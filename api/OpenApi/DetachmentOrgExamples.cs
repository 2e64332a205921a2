namespace Responsibility.Api.OpenApi;

using Responsibility.Api.Brigades;
using Responsibility.Api.Detachments;
using Responsibility.Grains.Abstractions.Accounts;

/// <summary>Examples of the 支队 operations (see <see cref="Examples"/>): 淄博支队 with 淄川, 张店 and 博山 and its office's account.</summary>
internal static class DetachmentOrgExamples
{
    private static readonly DetachmentResponse Zibo = new("zibo", "淄博市公安局交通警察支队", "Asia/Shanghai",
    [
        new DetachmentBrigadeResponse("zichuan", "淄川大队"),
        new DetachmentBrigadeResponse("zhangdian", "张店大队"),
        new DetachmentBrigadeResponse("boshan", "博山大队"),
    ]);

    public static readonly IReadOnlyDictionary<string, (object? Request, object? Response)> ByOperation =
        new Dictionary<string, (object?, object?)>
        {
            ["configureDetachment"] = (new ConfigureDetachment("淄博市公安局交通警察支队", "Asia/Shanghai"), Zibo with { Brigades = [] }),
            ["putDetachmentBrigade"] = (
                new ConfigureBrigade("博山大队", "中共淄博市公安局交通警察支队博山大队总支部委员会", "淄博市公安局交通警察支队", "Asia/Shanghai", "区委、区政府",
                    new ThresholdsBody(0.10, 0.25, 7)),
                Zibo),
            ["putDetachmentUser"] = (
                new UpsertDetachmentUser("孙建国", "initial-password-1", Role.DetachmentAdmin),
                new UserResponse("zibo-office", "孙建国", Role.DetachmentAdmin, null, null, null, false, "zibo")),
        };
}
