namespace Responsibility.Api.Tests;

using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

/// <summary>
/// A brigade set up through the API with a fresh id: units fazhi (法制室) and xuanchuan (宣传中队), leaders wang
/// (大队长, first responsible, supervises fazhi) and zhao (副大队长, supervises xuanchuan), and one account per role.
/// </summary>
public sealed class ApiBrigade(ApiFactory factory)
{
    public const string Password = "tea-lamp-river-7";

    public string Id { get; } = "b-" + Guid.NewGuid().ToString("N")[..12];

    public HttpClient Admin { get; private set; } = null!;

    public async Task<ApiBrigade> Create()
    {
        Admin = await factory.SignInAsAdmin();
        await Put($"/api/v1/brigades/{Id}", new
        {
            name = "淄川大队",
            partyOrgName = "中共淄博市公安局交通警察支队淄川大队总支部委员会",
            detachmentName = "淄博市公安局交通警察支队",
            recipient = "区委、区政府",
        });
        await Put($"/api/v1/brigades/{Id}/units/fazhi", new { name = "法制室", kind = "科室" });
        await Put($"/api/v1/brigades/{Id}/units/xuanchuan", new { name = "宣传中队", kind = "中队" });
        await Put($"/api/v1/brigades/{Id}/leaders/wang", new
        {
            name = "王立侠", post = "大队长", isFirstResponsible = true, unitIds = new[] { "fazhi" }, areas = new[] { "法治建设" },
        });
        await Put($"/api/v1/brigades/{Id}/leaders/zhao", new
        {
            name = "赵刚", post = "副大队长", isFirstResponsible = false, unitIds = new[] { "xuanchuan" }, areas = new[] { "宣传" },
        });
        await User("dadui", "BrigadeLeader", leaderId: "wang");
        await User("zhao", "Leader", leaderId: "zhao");
        await User("fazhi", "UnitHead", unitId: "fazhi");
        await User("xuanchuan", "UnitHead", unitId: "xuanchuan");
        await User("viewer", "Viewer");
        return this;
    }

    /// <summary>Usernames are global, so each brigade's accounts carry its id.</summary>
    public string Username(string role) => $"{role}-{Id}";

    public Task<HttpClient> SignIn(string role) => factory.SignIn(Username(role), Password);

    /// <summary>Creates a Count task for <paramref name="year"/> (default: the current year) and returns its JSON.</summary>
    public async Task<JsonObject> AddCountTask(
        string code, string unitId, string dutyLine, double target, string? indicatorCode = null, int? year = null)
    {
        year ??= DateTime.UtcNow.Year;
        var response = await Admin.PostAsJsonAsync($"/api/v1/brigades/{Id}/tasks", new
        {
            year, code, title = $"任务 {code}", category = "执法监督", unitId, dutyLine,
            metric = new { kind = "Count", target, unitLabel = "次" },
            start = $"{year}-01-01", due = $"{year}-12-31", indicatorCode,
        });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    /// <summary>Creates a Rate task (higher is better) for the current year and returns its JSON.</summary>
    public Task<JsonObject> AddRateTask(string code, string unitId, double target) => AddTask(new
    {
        year = DateTime.UtcNow.Year, code, title = $"任务 {code}", category = "执法监督", unitId, dutyLine = "Accountability",
        metric = new { kind = "Rate", target, unitLabel = "%", direction = "HigherIsBetter" },
        start = $"{DateTime.UtcNow.Year}-01-01", due = $"{DateTime.UtcNow.Year}-12-31",
    });

    /// <summary>Creates a Milestone task for the current year with the given stage names (equal weights).</summary>
    public Task<JsonObject> AddMilestoneTask(string code, string unitId, params string[] stages) => AddTask(new
    {
        year = DateTime.UtcNow.Year, code, title = $"任务 {code}", category = "基础建设", unitId, dutyLine = "Business",
        metric = new { kind = "Milestone", stages = stages.Select(name => new { name, weight = 1.0 / stages.Length }) },
        start = $"{DateTime.UtcNow.Year}-01-01", due = $"{DateTime.UtcNow.Year}-12-31",
    });

    /// <summary>Creates a task from a full request body and returns its JSON.</summary>
    public async Task<JsonObject> AddTask(object body)
    {
        var response = await Admin.PostAsJsonAsync($"/api/v1/brigades/{Id}/tasks", body);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    /// <summary>The Admin's PATCH of a task, against the version it has just read.</summary>
    public async Task<HttpResponseMessage> Patch(JsonObject task, object body)
    {
        var etag = (await Admin.GetAsync($"/api/v1/tasks/{task.Id()}")).Headers.ETag!;
        var request = new HttpRequestMessage(HttpMethod.Patch, $"/api/v1/tasks/{task.Id()}") { Content = JsonContent.Create(body) };
        request.Headers.IfMatch.Add(etag);
        return await Admin.SendAsync(request);
    }

    public async Task Put(string path, object body) => (await Admin.PutAsJsonAsync(path, body)).EnsureSuccessStatusCode();

    /// <summary>Creates or changes the account <see cref="Username"/>(<paramref name="name"/>); <paramref name="disabled"/> stops it.</summary>
    public Task User(string name, string role, string? unitId = null, string? leaderId = null, bool disabled = false) =>
        Put($"/api/v1/brigades/{Id}/users/{Username(name)}", new { displayName = name, password = Password, role, unitId, leaderId, disabled });
}

public static class Json
{
    public static async Task<JsonObject> Body(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonObject>())!;

    public static double Number(this JsonNode node, string path) =>
        path.Split('.').Aggregate(node, (n, p) => n[p]!).GetValue<double>();

    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web);
}
