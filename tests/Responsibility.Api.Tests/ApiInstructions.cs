namespace Responsibility.Api.Tests;

using System.Net.Http.Json;
using System.Text.Json.Nodes;

/// <summary>The instruction and meeting calls the tests make, and the shapes they read.</summary>
public static class ApiInstructions
{
    public static Task<HttpResponseMessage> Instruct(this HttpClient client, JsonObject task, string text = "加强执法质量检查", string? dueDate = null) =>
        client.PostAsJsonAsync($"/api/v1/tasks/{task.Id()}/instructions", new { text, dueDate });

    public static Task<HttpResponseMessage> InstructUnit(this HttpClient client, ApiBrigade brigade, string unitId, string text = "规范执法台账", string? dueDate = null) =>
        client.PostAsJsonAsync($"/api/v1/brigades/{brigade.Id}/units/{unitId}/instructions", new { text, dueDate });

    public static Task<HttpResponseMessage> Answer(this HttpClient client, string instructionId, string text = "已按要求办理", string[]? attachmentIds = null) =>
        client.PostAsJsonAsync($"/api/v1/instructions/{instructionId}/answer", new { text, attachmentIds });

    public static Task<HttpResponseMessage> Close(this HttpClient client, string instructionId) =>
        client.PostAsync($"/api/v1/instructions/{instructionId}/close", null);

    public static Task<HttpResponseMessage> Reopen(this HttpClient client, string instructionId, string? reason = "办理情况不全") =>
        client.PostAsJsonAsync($"/api/v1/instructions/{instructionId}/reopen", new { reason });

    /// <summary>Issues an instruction on the unit as the brigade leader and answers its id.</summary>
    public static async Task<string> Issued(this ApiBrigade brigade, string unitId = "fazhi", string? dueDate = null)
    {
        var leader = await brigade.SignIn("dadui");
        var response = await leader.InstructUnit(brigade, unitId, dueDate: dueDate);
        response.EnsureSuccessStatusCode();
        return (await response.Read<InstructionBody>()).Id;
    }

    public static string Today(int days = 0) => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).AddDays(days).ToString("yyyy-MM-dd");
}

public sealed record InstructionBody(
    string Id, string UnitId, string UnitName, string? TaskId, string Text, DateOnly? DueDate, string Author, string AuthorName,
    string? LeaderId, string Status, bool Answered, StepBody[] Steps);

public sealed record StepBody(string Kind, string Actor, string ActorName, string? Text, AttachmentBody[] Attachments);

public sealed record MeetingBody(string Id, DateOnly Date, string Title, string? ReportMonth, int? ReportVersion, DecisionBody[] Decisions, string Kind = "Monthly");

public sealed record DecisionBody(int Number, string Text, string LeaderName, DecisionUnitBody[] Units);

public sealed record DecisionUnitBody(string UnitId, string UnitName, string InstructionId, string Status);
