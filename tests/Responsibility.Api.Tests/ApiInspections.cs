namespace Responsibility.Api.Tests;

using System.Net.Http.Json;

/// <summary>Inspections and 整改 items through the API, for the tests of the 整改 loop: today on the real clock (UTC+8).</summary>
public static class ApiInspections
{
    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    public static object Inspection(string[]? inspectors = null, string title = "执法质量检查") => new
    {
        kind = "EnforcementQuality", date = Today.AddDays(-1), title, inspectorIds = inspectors ?? ["wang"],
        unitIds = new[] { "fazhi", "xuanchuan" }, summary = "抽查卷宗20份",
    };

    public static object Finding(string unitId = "xuanchuan", string leaderId = "zhao", string category = "执法卷宗") => new
    {
        problem = "卷宗装订不规范", category, unitId, severity = "Medium", basis = "程序规定", leaderId, measures = "重新装订",
        dueDate = Today.AddDays(30),
    };

    /// <summary>An inspection by dadui (inspector wang) of both units; answers its id.</summary>
    public static async Task<string> Inspected(this ApiBrigade brigade, HttpClient dadui, string[]? inspectors = null)
    {
        var response = await dadui.PostAsJsonAsync($"/api/v1/brigades/{brigade.Id}/inspections", Inspection(inspectors));
        response.EnsureSuccessStatusCode();
        return (await response.Read<InspectionBody>()).Id;
    }

    /// <summary>A finding on 宣传中队 under 赵刚 (法制室's under 王立侠); answers the item.</summary>
    public static async Task<RectificationBody> Found(this HttpClient client, string inspectionId, string unitId = "xuanchuan")
    {
        var response = await client.PostAsJsonAsync($"/api/v1/inspections/{inspectionId}/findings", Finding(unitId, unitId == "fazhi" ? "wang" : "zhao"));
        response.EnsureSuccessStatusCode();
        return await response.Read<RectificationBody>();
    }

    /// <summary>The unit head reports with one uploaded PDF.</summary>
    public static async Task<HttpResponseMessage> ReportWithFile(this HttpClient head, string itemId, string fileName = "整改照片.pdf")
    {
        var file = await head.Uploaded(SampleFiles.Pdf(), fileName);
        return await head.PostAsJsonAsync($"/api/v1/rectifications/{itemId}/report", new { text = "已整改", attachmentIds = new[] { file.Id } });
    }
}

public sealed record InspectionBody(string Id, string Title, string Kind, string[] InspectorNames, string[] UnitNames, int FindingCount, RectificationBody[] Findings);

public sealed record RectificationBody(
    string Id, string InspectionId, string Problem, string Category, string UnitId, string LeaderId, string LeaderName, string Measures,
    DateOnly OriginalDue, DateOnly Due, int ExtensionCount, string State, bool Overdue, string? RepeatOf, RectificationStepBody[] Steps);

public sealed record RectificationStepBody(string Kind, string Actor, string ActorName, string? Text, AttachmentBody[] Attachments);
