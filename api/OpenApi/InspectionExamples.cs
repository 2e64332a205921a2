namespace Responsibility.Api.OpenApi;

using Responsibility.Api.Attachments;
using Responsibility.Api.Oversight;
using Responsibility.Grains.Abstractions.Oversight;

/// <summary>
/// Examples of the 整改 loop's write operations (see <see cref="Examples"/>): 王立侠's October 执法质量检查 of 秩序中队, its
/// finding on 卷宗装订, the unit's report with photos of the re-bound files, and 销号.
/// </summary>
internal static class InspectionExamples
{
    private const string InspectionId = "019a3b2c1d0e7f6a5b4c3d2e1f0a9b8c";
    private static readonly DateTimeOffset RecordedAt = new(2026, 10, 16, 10, 0, 0, TimeSpan.FromHours(8));
    private static readonly DateTimeOffset ReportedAt = new(2026, 11, 3, 16, 20, 0, TimeSpan.FromHours(8));

    private static readonly InspectionResponse Inspection = new(
        InspectionId, "zichuan", InspectionKind.EnforcementQuality, "执法质量检查", new DateOnly(2026, 10, 15), "10月份执法质量检查",
        ["dadui"], ["王立侠"], ["zhixu", "shigu"], ["秩序中队", "事故中队"], "抽查简易程序卷宗40份、一般程序卷宗12份，发现问题5个。",
        "dadui", "王立侠", RecordedAt, 0, []);

    private static readonly RectificationResponse Opened = new(
        InspectionId + "-1", "zichuan", InspectionId, "10月份执法质量检查", "一般程序卷宗装订顺序不规范，缺少送达回证", "执法卷宗",
        "zhixu", "秩序中队", null, Severity.Medium, "《道路交通安全违法行为处理程序规定》", "liuhaitao", "刘海涛",
        "对10月份卷宗逐卷自查，补齐送达回证，组织一次卷宗制作培训", new DateOnly(2026, 11, 15), new DateOnly(2026, 11, 15), 0,
        RectificationState.Open, "整改中", false, null, "dadui", "王立侠", RecordedAt.AddMinutes(20), []);

    private static readonly RectificationStepResponse Report = new(
        RectificationStepKind.Reported, "zhixu", "李强", ReportedAt, "已逐卷自查卷宗12份，补齐送达回证3份，11月2日组织卷宗制作培训。",
        [new AttachmentResponse(
            "019a6c7d8e9f0a1b2c3d4e5f60718293", "卷宗整改照片.pdf", "application/pdf", 402_118,
            "3b7e1c9a5d2f80e4c6a1b3d5f7092e4c6a8b0d2f4e6a8c0b2d4f6e8a0c2e4f61", "zhixu", ReportedAt.AddMinutes(-5))],
        null, null);

    private static readonly RectificationResponse Reported = Opened with { State = RectificationState.Reported, StateName = "已报送待核查", Steps = [Report] };

    public static readonly IReadOnlyDictionary<string, (object? Request, object? Response)> ByOperation =
        new Dictionary<string, (object?, object?)>
        {
            ["recordInspection"] = (
                new RecordInspection(Inspection.Kind, Inspection.Date, Inspection.Title, Inspection.InspectorIds, Inspection.UnitIds, Inspection.Summary),
                Inspection),
            ["addFinding"] = (
                new AddFinding(Opened.Problem, Opened.Category, Opened.UnitId, null, Opened.Severity, Opened.Basis, Opened.LeaderId, Opened.Measures, Opened.OriginalDue),
                Opened),
            ["reportRectification"] = (new ReportRectification(Report.Text, [Report.Attachments[0].Id]), Reported),
            ["closeRectification"] = (null, Reported with
            {
                State = RectificationState.Closed, StateName = "已销号",
                Steps = [Report, new(RectificationStepKind.Closed, "dadui", "王立侠", ReportedAt.AddDays(2), null, [], null, null)],
            }),
            ["returnRectification"] = (new ReturnRectification("照片未显示送达回证内容，请补充扫描件。"), Reported with
            {
                State = RectificationState.Returned, StateName = "已退回",
                Steps = [Report, new(RectificationStepKind.Returned, "dadui", "王立侠", ReportedAt.AddDays(1), "照片未显示送达回证内容，请补充扫描件。", [], null, null)],
            }),
        };
}
