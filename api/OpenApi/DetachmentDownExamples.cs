namespace Responsibility.Api.OpenApi;

using Responsibility.Api.Detachments;
using Responsibility.Api.Instructions;
using Responsibility.Api.Oversight;
using Responsibility.Grains.Abstractions.Oversight;
using Responsibility.Grains.Abstractions.Supervision;

/// <summary>
/// Examples of the detachment's 督办 and 通报 (see <see cref="Examples"/>): 淄博市公安局交通警察支队's 督办 to 淄川大队 on its
/// lagging tasks, and its 通报批评 of November, drafted and issued as the detachment's first of the year.
/// </summary>
internal static class DetachmentDownExamples
{
    private const string InstructionId = "019a8d1e2f3a4b5c6d7e8f9a0b1c2d3e";
    private const string BulletinId = "019a8e2f3a4b5c6d7e8f9a0b1c2d3e4f";
    private const string Detachment = "zibo";
    private const string DetachmentName = "淄博市公安局交通警察支队";
    private static readonly DateTimeOffset IssuedAt = new(2026, 11, 25, 10, 0, 0, TimeSpan.FromHours(8));

    private static readonly InstructionResponse Instructed = new(
        InstructionId, "zichuan", InstructionDefinition.NoUnit, "淄川大队", null, null, null,
        "你大队2项任务进度红灯，请于12月10日前制定赶进措施并报支队。",
        new DateOnly(2026, 11, 25), new DateOnly(2026, 12, 10), "zd-leader", "孙立新", null, null, null, null,
        InstructionStatus.Open, false, false, new DateOnly(2026, 11, 25), IssuedAt, [],
        new CloserResponse(CloserKind.Detachment, null, null, DetachmentName), new DateOnly(2026, 12, 10), new DateOnly(2026, 12, 10), 0,
        Detachment, DetachmentName);

    private const string Body =
        "支队对所属大队任务推进、督办落实和问题整改情况进行了梳理，截至2026年11月30日，部分大队存在以下问题。现通报如下：\n\n一、存在的问题\n\n（一）淄川大队\n\n"
        + "1. 进度滞后（红灯）任务2项，总体完成71.5%，序时进度91.7%。";

    private static readonly BulletinResponse Drafted = new(
        BulletinId, Bulletin.NoBrigade, 2026, BulletinKind.Criticism, BulletinStatus.Draft, null, null, "关于2026年11月工作落实不力大队的通报批评", Body,
        null, [], "zd-leader", "孙立新", IssuedAt.AddDays(5), null, null, null, 1, Detachment, DetachmentName,
        [new BulletinBrigade("zichuan", "淄川大队")]);

    public static readonly IReadOnlyDictionary<string, (object? Request, object? Response)> ByOperation =
        new Dictionary<string, (object?, object?)>
        {
            ["instructBrigade"] = (new InstructBrigade(Instructed.Text, Instructed.DueDate), Instructed),
            ["draftDetachmentBulletin"] = (new DraftDetachmentBulletin(BulletinKind.Criticism, null), Drafted),
            ["editDetachmentBulletin"] = (
                new EditDetachmentBulletin(Drafted.Title, Body + "\n\n二、工作要求\n\n淄川大队要限期整改到位。"),
                Drafted with { Body = Body + "\n\n二、工作要求\n\n淄川大队要限期整改到位。", Version = 2 }),
            ["issueDetachmentBulletin"] = (null, Drafted with
            {
                State = BulletinStatus.Issued, Number = "〔2026〕第1期", Sequence = 1, IssuedOn = new DateOnly(2026, 12, 1), IssuedBy = "zd-leader",
                IssuedByName = "孙立新", Version = 2,
            }),
        };
}
