namespace Responsibility.Browser.Tests;

using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

/// <summary>
/// A fresh brigade set up through the API: units fazhi (法制室) and xuanchuan (宣传中队), leaders wang (大队长,
/// supervises fazhi) and zhao (副大队长, supervises xuanchuan), one account per role (the Admin is the office clerk
/// 李静), and one Count task per unit:
/// fazhi's 执法质量检查 (target 10 次, 业务) and xuanchuan's 发稿 (target 400 篇, 法治建设).
/// </summary>
public sealed class TestBrigade
{
    public const string Password = "tea-lamp-river-7";

    private TestBrigade(string baseUrl) => Http = new HttpClient { BaseAddress = new Uri(baseUrl) };

    public string Id { get; } = "b-" + Guid.NewGuid().ToString("N")[..12];

    public string FazhiTask { get; private set; } = "";

    public string XuanchuanTask { get; private set; } = "";

    private HttpClient Http { get; }

    public static async Task<TestBrigade> Create(BrowserFixture fixture)
    {
        var brigade = new TestBrigade(fixture.BaseUrl);
        await brigade.Build();
        return brigade;
    }

    /// <summary>Usernames are global, so each brigade's accounts carry its id.</summary>
    public string Username(string account) => $"{account}-{Id}";

    /// <summary>Reports progress through the API as the given account; answers the new entry's id.</summary>
    public async Task<string> Report(string account, string taskId, double value)
    {
        var client = await Client(Username(account), Password);
        var response = await client.PostAsJsonAsync($"/api/v1/tasks/{taskId}/progress", new { value, note = "接口填报" });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["entry"]!["id"]!.GetValue<string>();
    }

    /// <summary>Generates a version of a month's report (yyyy-MM) through the API as the given account.</summary>
    public async Task GenerateReport(string account, string month)
    {
        var client = await Client(Username(account), Password);
        (await client.PostAsync($"/api/v1/brigades/{Id}/reports/monthly/{month}/generate", null)).EnsureSuccessStatusCode();
    }

    /// <summary>Marks a milestone stage done through the API as the given account; answers the new entry's id.</summary>
    public async Task<string> ReportStage(string account, string taskId, int stage)
    {
        var client = await Client(Username(account), Password);
        var response = await client.PostAsJsonAsync($"/api/v1/tasks/{taskId}/progress", new { stage, note = "接口填报" });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["entry"]!["id"]!.GetValue<string>();
    }

    /// <summary>Adds a task to the brigade through the API; <paramref name="metric"/> is the body's metric object.</summary>
    public async Task<string> AddTask(
        string code, string title, string unitId, object metric, string? due = null, string dutyLine = "Business")
    {
        var year = DateTime.UtcNow.Year;
        var admin = await Client("admin", BrowserFactory.AdminPassword);
        var response = await admin.PostAsJsonAsync($"/api/v1/brigades/{Id}/tasks", new
        {
            year, code, title, category = "执法监督", unitId, dutyLine, metric,
            start = $"{year}-01-01", due = due ?? $"{year}-12-31",
        });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
    }

    /// <summary>Writes a 批示 on a unit through the API as the given leader's account; answers the instruction's id.</summary>
    public async Task<string> Instruct(string account, string unitId, string text)
    {
        var client = await Client(Username(account), Password);
        var response = await client.PostAsJsonAsync($"/api/v1/brigades/{Id}/units/{unitId}/instructions", new { text });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
    }

    /// <summary>Answers an instruction through the API as the given unit head's account.</summary>
    public async Task Answer(string account, string instructionId, string text)
    {
        var client = await Client(Username(account), Password);
        (await client.PostAsJsonAsync($"/api/v1/instructions/{instructionId}/answer", new { text })).EnsureSuccessStatusCode();
    }

    /// <summary>退回 an entry through the API as the given leader's account.</summary>
    public async Task Return(string account, string taskId, string entryId, string reason)
    {
        var client = await Client(Username(account), Password);
        (await client.PostAsJsonAsync($"/api/v1/tasks/{taskId}/progress/{entryId}/return", new { reason })).EnsureSuccessStatusCode();
    }

    /// <summary>Puts an item of a year's 责任清单, held by every leader, through the API as the office clerk.</summary>
    public async Task PutDutyItem(int year, string itemId, string title, string cadence = "Monthly", string? dueDate = null)
    {
        var clerk = await Client(Username("clerk"), Password);
        (await clerk.PutAsJsonAsync($"/api/v1/brigades/{Id}/duties/{year}/items/{itemId}", new
        {
            section = "班子成员一岗双责", title, requirement = "按期开展并记录", dutyLine = "Accountability", cadence, dueDate,
            evidence = "谈话记录", assignees = new { allLeaders = true, leaderIds = Array.Empty<string>(), unitIds = Array.Empty<string>() },
        })).EnsureSuccessStatusCode();
    }

    /// <summary>Records 履责纪实 through the API as the given account (the body as the API takes it).</summary>
    public async Task RecordDuty(string account, object record)
    {
        var client = await Client(Username(account), Password);
        (await client.PostAsJsonAsync($"/api/v1/brigades/{Id}/records", record)).EnsureSuccessStatusCode();
    }

    /// <summary>Saves a quarterly 考核方案 of a year through the API as the office clerk: 1.1 责任落实 (30) and 2 廉政教育 (30) for units, L1 for leaders.</summary>
    public async Task PutAppraisalScheme(int year)
    {
        var clerk = await Client(Username("clerk"), Password);
        (await clerk.PutAsJsonAsync($"/api/v1/brigades/{Id}/appraisal/{year}/scheme", new
        {
            period = "Quarter",
            grades = new { excellent = 50, competent = 40, basic = 20 },
            indicators = new object[]
            {
                new { code = "1", name = "党风廉政建设", maxPoints = 30, subjects = "Units" },
                new { code = "1.1", name = "责任落实", parent = "1", maxPoints = 30, subjects = "Units", standard = "缺一项扣 2 分" },
                new { code = "2", name = "廉政教育", maxPoints = 30, subjects = "Units" },
                new { code = "L1", name = "履职尽责", maxPoints = 100, subjects = "Leaders" },
            },
        })).EnsureSuccessStatusCode();
    }

    /// <summary>Puts a row of a unit's 廉政风险点 register through the API as the office clerk.</summary>
    public async Task PutRisk(int year, string riskId, string unitId, string risk)
    {
        var clerk = await Client(Username("clerk"), Password);
        (await clerk.PutAsJsonAsync($"/api/v1/brigades/{Id}/risks/{year}/{riskId}", new
        {
            unitId, post = "宣传岗", risk, manifestation = "收受好处费", level = "Medium", measures = "稿件双人审核", leaderId = "zhao",
        })).EnsureSuccessStatusCode();
    }

    /// <summary>Sets the brigade's 红黄绿灯 thresholds (fractions of lag) and 临近时限 days.</summary>
    public async Task SetThresholds(double yellow, double red, int dueSoonDays)
    {
        var admin = await Client("admin", BrowserFactory.AdminPassword);
        await Put(admin, "", new
        {
            name = "淄川大队", partyOrgName = "中共淄川大队总支部委员会", detachmentName = "淄博市公安局交通警察支队",
            thresholds = new { yellow, red, dueSoonDays },
        });
    }

    private async Task Build()
    {
        var admin = await Client("admin", BrowserFactory.AdminPassword);
        await Put(admin, "", new { name = "淄川大队", partyOrgName = "中共淄川大队总支部委员会", detachmentName = "淄博市公安局交通警察支队" });
        await Put(admin, "/units/fazhi", new { name = "法制室", kind = "科室" });
        await Put(admin, "/units/xuanchuan", new { name = "宣传中队", kind = "中队" });
        await Put(admin, "/leaders/wang", new { name = "王立侠", post = "大队长", isFirstResponsible = true, unitIds = new[] { "fazhi" } });
        await Put(admin, "/leaders/zhao", new { name = "赵刚", post = "副大队长", isFirstResponsible = false, unitIds = new[] { "xuanchuan" } });

        // Each account costs a PBKDF2 hash: side by side they take half the time on two cores.
        await Task.WhenAll(
            User(admin, "dadui", "王立侠", "BrigadeLeader", leaderId: "wang"),
            User(admin, "zhao", "赵刚", "Leader", leaderId: "zhao"),
            User(admin, "fazhi", "孙建华", "UnitHead", unitId: "fazhi"),
            User(admin, "xuanchuan", "刘晓燕", "UnitHead", unitId: "xuanchuan"),
            User(admin, "viewer", "宋佳", "Viewer"),
            User(admin, "clerk", "李静", "Admin"));
        FazhiTask = await CountTask(admin, "FZ-01", "执法质量检查", "fazhi", "Business", 10, "次");
        XuanchuanTask = await CountTask(admin, "XC-01", "全年发稿", "xuanchuan", "Accountability", 400, "篇");
    }

    /// <summary>
    /// Puts the brigade under a 支队 of its own (the system Admin creates it and attaches the brigade) with a
    /// DetachmentLeader account; answers the detachment's id and the account's username.
    /// </summary>
    public async Task<(string DetachmentId, string Leader)> UnderDetachment()
    {
        var admin = await Client("admin", BrowserFactory.AdminPassword);
        var id = "d-" + Id[2..];
        (await admin.PutAsJsonAsync($"/api/v1/detachments/{id}", new { name = "淄博支队" })).EnsureSuccessStatusCode();
        (await admin.PutAsync($"/api/v1/detachments/{id}/brigades/{Id}", null)).EnsureSuccessStatusCode();
        var leader = Username("zhidui");
        (await admin.PutAsJsonAsync($"/api/v1/detachments/{id}/users/{leader}", new { displayName = "邵长青", password = Password, role = "DetachmentLeader" }))
            .EnsureSuccessStatusCode();
        return (id, leader);
    }

    private async Task<HttpClient> Client(string username, string password)
    {
        var response = await Http.PostAsJsonAsync("/api/v1/auth/token", new { username, password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonObject>())!["accessToken"]!.GetValue<string>();
        var client = new HttpClient { BaseAddress = Http.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private async Task<string> CountTask(HttpClient admin, string code, string title, string unitId, string dutyLine, double target, string label)
    {
        var year = DateTime.UtcNow.Year;
        var response = await admin.PostAsJsonAsync($"/api/v1/brigades/{Id}/tasks", new
        {
            year, code, title, category = "执法监督", unitId, dutyLine,
            metric = new { kind = "Count", target, unitLabel = label },
            start = $"{year}-01-01", due = $"{year}-12-31",
        });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
    }

    private async Task Put(HttpClient admin, string path, object body) =>
        (await admin.PutAsJsonAsync($"/api/v1/brigades/{Id}{path}", body)).EnsureSuccessStatusCode();

    private Task User(HttpClient admin, string account, string displayName, string role, string? unitId = null, string? leaderId = null) =>
        Put(admin, $"/users/{Username(account)}", new { displayName, password = Password, role, unitId, leaderId });
}
