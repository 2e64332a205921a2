namespace Responsibility.Api.Tests;

using System.Net.Http.Json;
using System.Text.Json.Nodes;

/// <summary>The v1 contract shapes (SPEC §6) as the tests read them, and the calls most tests make.</summary>
public static class ApiReads
{
    public static async Task<T> Read<T>(this HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<T>(Json.Options))!;
    }

    public static async Task<T> Read<T>(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<T>(Json.Options))!;

    public static Task<HttpResponseMessage> Report(this HttpClient client, JsonObject task, object body, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/tasks/{task.Id()}/progress") { Content = JsonContent.Create(body) };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return client.SendAsync(request);
    }

    public static Task<EntryBody[]> Entries(this HttpClient client, JsonObject task) =>
        client.Read<EntryBody[]>($"/api/v1/tasks/{task.Id()}/progress");

    public static Task<TaskBody> GetTask(this HttpClient client, JsonObject task) =>
        client.Read<TaskBody>($"/api/v1/tasks/{task.Id()}");

    public static Task<BrigadeRollupBody> BrigadeRollup(this HttpClient client, ApiBrigade brigade, string query = "") =>
        client.Read<BrigadeRollupBody>($"/api/v1/brigades/{brigade.Id}/rollup{query}");

    public static string Id(this JsonObject task) => (string)task["id"]!;

    /// <summary>Asserts the answer is RFC 9457 problem+json and reads it.</summary>
    public static async Task<ProblemBody> Problem(this HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return (await response.Content.ReadFromJsonAsync<ProblemBody>(Json.Options))!;
    }
}

public sealed record ProblemBody(int Status, string Title, string? Detail, Dictionary<string, string[]>? Errors);

public sealed record EntryBody(string Id, double? Value, int? Stage, DateOnly OccurredOn, string ReportedBy, bool Returned);

public sealed record EntryWithTaskBody(EntryBody Entry, TaskBody Task);

public sealed record TaskBody(string Id, string Code, string Title, string UnitId, string LeaderId, TaskProgressBody Progress);

public sealed record TaskProgressBody(double Actual, double Percent, double Expected, double Lag, string Status);

public sealed record StatusCountsBody(int Done, int Green, int Yellow, int Red, int NotStarted);

public sealed record RollupBody(double Percent, double Expected, int TaskCount, StatusCountsBody Counts);

public sealed record UnitRollupBody(string UnitId, string Name, double Percent, double Expected, int TaskCount);

public sealed record LeaderRollupBody(string LeaderId, string Name, RollupBody Business, RollupBody Accountability);

public sealed record BrigadeRollupBody(
    string BrigadeId, int Year, DateOnly AsOf, double Percent, double Expected, int TaskCount, StatusCountsBody Counts,
    UnitRollupBody[] Units, LeaderRollupBody[] Leaders)
{
    public UnitRollupBody Unit(string unitId) => Units.Single(u => u.UnitId == unitId);

    public LeaderRollupBody Leader(string leaderId) => Leaders.Single(l => l.LeaderId == leaderId);
}

public sealed record OrgBody(string Id, UnitBody[] Units);

public sealed record UnitBody(string Id, string Name);

public sealed record MeBody(string Username, string DisplayName, string Role, string? BrigadeId, string? UnitId, string? LeaderId);
