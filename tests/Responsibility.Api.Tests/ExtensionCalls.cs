namespace Responsibility.Api.Tests;

using System.Net.Http.Json;
using System.Text.Json.Nodes;

/// <summary>The calls extension tests make: a task of 宣传中队 due some days from today, and a request on it.</summary>
public static class ExtensionCalls
{
    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    public static string Day(int fromToday) => Today.AddDays(fromToday).ToString("yyyy-MM-dd");

    /// <summary>A task of 宣传中队 (under 赵刚) starting a year ago and due <paramref name="dueInDays"/> from today.</summary>
    public static Task<JsonObject> TaskDueIn(this ApiBrigade brigade, int dueInDays) => brigade.AddTask(new
    {
        year = Today.AddDays(dueInDays).Year, code = "YQ-" + Guid.NewGuid().ToString("N")[..6], title = "交通安全宣传进农村", category = "宣传教育",
        unitId = "xuanchuan", dutyLine = "Business", metric = new { kind = "Count", target = 100, unitLabel = "次" },
        start = $"{Today.AddDays(dueInDays).Year}-01-01", due = Day(dueInDays),
    });

    public static Task<HttpResponseMessage> Ask(this HttpClient client, string kind, string id, int proposedInDays, string reason = "雨季施工受阻，需顺延") =>
        client.PostAsJsonAsync("/api/v1/extensions", new
        {
            target = new { kind, id }, proposedDue = Day(proposedInDays), reason, progress = "已完成七成", attachmentIds = Array.Empty<string>(),
        });
}
