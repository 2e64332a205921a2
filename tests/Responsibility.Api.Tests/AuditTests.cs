namespace Responsibility.Api.Tests;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

/// <summary>留痕: every change read back from the event log, newest first, with who, when and what changed.</summary>
[Collection(ApiCollection.Name)]
public sealed class AuditTests(SharedApi api)
{
    [Fact]
    public async Task AuditListsEveryChangeNewestFirstWithDisplayNamesAndBeforeAndAfter()
    {
        var (brigade, task) = await BrigadeWithHistory();
        var leader = await brigade.SignIn("dadui");

        var entries = (await leader.Read<AuditBody>($"/api/v1/brigades/{brigade.Id}/audit")).Entries;

        Assert.Equal(
            ["TaskChanged", "EntryReturned", "ProgressReported", "TaskIndexed", "TaskDefined"],
            entries.Take(5).Select(e => e.Kind));
        Assert.Equal(entries.Select(e => e.Position).OrderDescending(), entries.Select(e => e.Position));
        var edit = entries[0];
        Assert.Equal(("修改任务", task.Id(), "FZ-01 任务 FZ-01"), (edit.Action, edit.TaskId, edit.Subject));
        Assert.Equal([new ChangeBody("目标", "10 次", "12 次")], edit.Changes);
        var report = entries[2];
        Assert.Equal((brigade.Username("fazhi"), "fazhi"), (report.Actor, report.ActorName));
        Assert.Contains(new ChangeBody("填报内容", null, "+3 次"), report.Changes);
        Assert.Contains(new ChangeBody("情况说明", null, "第一季度检查"), report.Changes);
        Assert.Contains(new ChangeBody("退回原因", null, "佐证不全"), entries[1].Changes);
        Assert.Contains(entries, e => e is { Kind: "UnitDefined", Action: "新建单位", Subject: "法制室" });
        Assert.Contains(entries, e => e is { Kind: "BrigadeConfigured", Action: "设置大队", Subject: "淄川大队" });
    }

    [Fact]
    public async Task AuditFiltersByTaskKindActorAndDays()
    {
        var (brigade, task) = await BrigadeWithHistory();
        var admin = brigade.Admin;
        var path = $"/api/v1/brigades/{brigade.Id}/audit";
        var today = DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var tomorrow = DateTime.UtcNow.AddHours(32).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var ofTask = (await admin.Read<AuditBody>($"{path}?taskId={task.Id()}")).Entries;
        var reports = (await admin.Read<AuditBody>($"{path}?kind=ProgressReported")).Entries;
        var byHead = (await admin.Read<AuditBody>($"{path}?actor={brigade.Username("fazhi")}")).Entries;
        var ofToday = (await admin.Read<AuditBody>($"{path}?from={today}&to={today}")).Entries;
        var fromTomorrow = (await admin.Read<AuditBody>($"{path}?from={tomorrow}")).Entries;

        Assert.Equal(["TaskChanged", "EntryReturned", "ProgressReported", "TaskDefined"], ofTask.Select(e => e.Kind));
        Assert.Equal(["ProgressReported"], reports.Select(e => e.Kind));
        Assert.All(byHead, e => Assert.Equal(brigade.Username("fazhi"), e.Actor));
        Assert.Single(byHead);
        Assert.Equal((await admin.Read<AuditBody>(path)).Entries.Length, ofToday.Length);
        Assert.Empty(fromTomorrow);
    }

    [Fact]
    public async Task AuditFiltersByTheNameTheTrailShowsAsWellAsByUsername()
    {
        var (brigade, _) = await BrigadeWithHistory();
        await brigade.Put($"/api/v1/brigades/{brigade.Id}/users/{brigade.Username("fazhi")}", new
        {
            displayName = "孙建华", password = ApiBrigade.Password, role = "UnitHead", unitId = "fazhi",
        });
        var path = $"/api/v1/brigades/{brigade.Id}/audit";

        var byName = (await brigade.Admin.Read<AuditBody>($"{path}?actor={Uri.EscapeDataString("孙建华")}")).Entries;
        var byUsername = (await brigade.Admin.Read<AuditBody>($"{path}?actor={brigade.Username("fazhi")}")).Entries;
        var nobody = (await brigade.Admin.Read<AuditBody>($"{path}?actor={Uri.EscapeDataString("无此人")}")).Entries;
        var tooLong = await brigade.Admin.GetAsync($"{path}?actor={new string('x', 101)}");

        Assert.Equal(byUsername.Select(e => e.Position), byName.Select(e => e.Position));
        Assert.Equal(("ProgressReported", "孙建华"), (Assert.Single(byName).Kind, byName[0].ActorName));
        Assert.Empty(nobody);
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains("actor", (await tooLong.Problem()).Errors!.Keys);
    }

    [Fact]
    public async Task AuditPagesWithACursorUntilTheOldestChange()
    {
        var (brigade, _) = await BrigadeWithHistory();
        var path = $"/api/v1/brigades/{brigade.Id}/audit";
        var all = (await brigade.Admin.Read<AuditBody>(path)).Entries;

        var paged = new List<AuditEntryBody>();
        string? cursor = null;
        do
        {
            var page = await brigade.Admin.Read<AuditBody>($"{path}?limit=3{(cursor is null ? "" : $"&cursor={cursor}")}");
            Assert.True(page.Entries.Length <= 3);
            paged.AddRange(page.Entries);
            cursor = page.Next;
        }
        while (cursor is not null);

        Assert.Equal(all.Select(e => e.Position), paged.Select(e => e.Position));
    }

    [Fact]
    public async Task AccountChangesAreInTheAuditTrailWithoutAnyPassword()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var viewer = brigade.Username("viewer");
        var path = $"/api/v1/brigades/{brigade.Id}/users/{viewer}";
        (await brigade.Admin.PutAsJsonAsync(path, new { displayName = "宋佳", role = "Viewer", disabled = true })).EnsureSuccessStatusCode();
        (await brigade.Admin.PutAsJsonAsync(path, new { displayName = "宋佳", role = "Viewer", password = "river-lamp-tea-42" })).EnsureSuccessStatusCode();

        var raw = await brigade.Admin.GetStringAsync($"/api/v1/brigades/{brigade.Id}/audit?kind=AccountChanged&limit=200");
        var lines = System.Text.Json.JsonSerializer.Deserialize<AuditBody>(raw, Json.Options)!.Entries.Where(e => e.Subject == $"账号 {viewer}").ToList();

        Assert.Equal(["重置密码", "停用账号", "新建账号"], lines.Select(e => e.Action));
        Assert.Contains(new ChangeBody("状态", "正常", "已停用"), lines[1].Changes);
        Assert.Contains(new ChangeBody("角色", null, "查看人员"), lines[2].Changes);
        Assert.Empty(lines[0].Changes);
        Assert.DoesNotContain("river-lamp-tea-42", raw);
        Assert.DoesNotContain("AQAAAA", raw);
    }

    [Theory]
    [InlineData("dadui", HttpStatusCode.OK)]
    [InlineData("zhao", HttpStatusCode.Forbidden)]
    [InlineData("fazhi", HttpStatusCode.Forbidden)]
    [InlineData("viewer", HttpStatusCode.Forbidden)]
    public async Task OnlyTheBrigadesAdminAndLeadersReadTheAudit(string account, HttpStatusCode expected)
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var other = await new ApiBrigade(api.Factory).Create();

        var response = await (await brigade.SignIn(account)).GetAsync($"/api/v1/brigades/{brigade.Id}/audit");
        var otherAdmin = await (await other.SignIn("dadui")).GetAsync($"/api/v1/brigades/{brigade.Id}/audit");

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherAdmin.StatusCode);
    }

    [Theory]
    [InlineData("kind=Deleted", "kind")]
    [InlineData("cursor=abc", "cursor")]
    [InlineData("cursor=-5", "cursor")]
    [InlineData("taskId=../x", "taskId")]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=100000", "limit")]
    [InlineData("from=2026-03-01&to=2026-02-01", "to")]
    [InlineData("from=yesterday", "from")]
    public async Task BadAuditQueryIsRefusedNamingTheField(string query, string field)
    {
        var brigade = await new ApiBrigade(api.Factory).Create();

        var response = await brigade.Admin.GetAsync($"/api/v1/brigades/{brigade.Id}/audit?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, (await response.Problem()).Errors!.Keys);
    }

    [Theory]
    [InlineData("DELETE")]
    [InlineData("PUT")]
    [InlineData("PATCH")]
    [InlineData("POST")]
    public async Task NoRouteChangesTheAuditTrail(string method)
    {
        var (brigade, _) = await BrigadeWithHistory();
        var before = (await brigade.Admin.Read<AuditBody>($"/api/v1/brigades/{brigade.Id}/audit")).Entries;

        var response = await brigade.Admin.SendAsync(new HttpRequestMessage(new HttpMethod(method), $"/api/v1/brigades/{brigade.Id}/audit")
        {
            Content = JsonContent.Create(new { }),
        });

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(before.Length, (await brigade.Admin.Read<AuditBody>($"/api/v1/brigades/{brigade.Id}/audit")).Entries.Length);
    }

    /// <summary>A brigade with one task reported on, returned and edited.</summary>
    private async Task<(ApiBrigade Brigade, JsonObject Task)> BrigadeWithHistory()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var task = await brigade.AddCountTask("FZ-01", "fazhi", "Accountability", 10);
        var head = await brigade.SignIn("fazhi");
        var entry = (await (await head.Report(task, new { value = 3, note = "第一季度检查" })).Read<EntryWithTaskBody>()).Entry;
        var leader = await brigade.SignIn("dadui");
        (await leader.PostAsJsonAsync($"/api/v1/tasks/{task.Id()}/progress/{entry.Id}/return", new { reason = "佐证不全" })).EnsureSuccessStatusCode();
        var patch = new HttpRequestMessage(HttpMethod.Patch, $"/api/v1/tasks/{task.Id()}") { Content = JsonContent.Create(new { target = 12 }) };
        patch.Headers.TryAddWithoutValidation("If-Match", "*");
        (await brigade.Admin.SendAsync(patch)).EnsureSuccessStatusCode();
        return (brigade, task);
    }

    private sealed record AuditBody(AuditEntryBody[] Entries, string? Next);

    private sealed record AuditEntryBody(
        long Position, DateTimeOffset At, string Actor, string ActorName, string Kind, string Action, string? TaskId, string Subject,
        ChangeBody[] Changes);

    private sealed record ChangeBody(string Field, string? Before, string? After);
}
