namespace Responsibility.Api.Tests;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Responsibility.Api.Auth;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Accounts;
using Responsibility.Grains.Abstractions.Detachments;

/// <summary>
/// 上级交办 over HTTP (SPEC §6 Detachment): the DetachmentAdmin publishes a task template, every brigade gets an instance
/// marked 支队交办 that waits unassigned (Admin's inbox, out of the rollups) until its Admin assigns it through the task
/// PATCH; a template change reaches the instances as a visible change; the detachment's own accounts read, only its Admin
/// writes, anyone else finds nothing (404).
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class TemplateApiTests(SharedApi api)
{
    private static readonly int Year = DateTime.UtcNow.AddHours(8).Year;

    [Fact]
    public async Task APublishedTemplateReachesEveryBrigadeAndCountsOnceTheBrigadeAssignsIt()
    {
        var d = await TemplateDetachment.Create(api.Factory, 2);

        var response = await d.Admin.PostAsJsonAsync($"/api/v1/detachments/{d.Id}/templates", Body("ZD-01", 10));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var template = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        var instances = template["instances"]!.AsArray();
        Assert.Equal(d.Brigades.Select(b => b.Id), instances.Select(i => (string)i!["brigadeId"]!));
        Assert.EndsWith($"/api/v1/detachments/{d.Id}/templates/{template.Id()}", response.Headers.Location!.ToString());

        var brigade = d.Brigades[0];
        var clerk = d.Clerks[0];
        var instanceId = (string)instances[0]!["id"]!;
        var task = await clerk.Read<JsonObject>($"/api/v1/tasks/{instanceId}");
        Assert.Equal(("", d.Id, template.Id()), ((string)task["unitId"]!, (string)task["source"]!["detachmentId"]!, (string)task["source"]!["templateId"]!));
        Assert.Equal(0, (await clerk.BrigadeRollup(brigade)).TaskCount);
        var inbox = await clerk.Read<JsonObject>("/api/v1/me/inbox");
        Assert.Contains(inbox["items"]!.AsArray(), i => (string)i!["kind"]! == "TemplateToAssign" && (string)i["taskId"]! == instanceId);

        var assign = new HttpRequestMessage(HttpMethod.Patch, $"/api/v1/tasks/{instanceId}") { Content = JsonContent.Create(new { unitId = "fazhi" }) };
        assign.Headers.TryAddWithoutValidation("If-Match", "*");
        Assert.Equal(HttpStatusCode.OK, (await clerk.SendAsync(assign)).StatusCode);

        Assert.Equal(1, (await clerk.BrigadeRollup(brigade)).TaskCount);
        Assert.Equal(0, (await d.Clerks[1].BrigadeRollup(d.Brigades[1])).TaskCount);
        var inboxAfter = await clerk.Read<JsonObject>("/api/v1/me/inbox");
        Assert.DoesNotContain(inboxAfter["items"]!.AsArray(), i => (string)i!["kind"]! == "TemplateToAssign");
        var viewer = await d.SignIn("DetachmentViewer");
        var compared = await viewer.Read<JsonObject>($"/api/v1/detachments/{d.Id}/templates/{template.Id()}");
        var rows = compared["brigades"]!.AsArray();
        Assert.Equal((true, "法制室", "王立侠"), ((bool)rows[0]!["assigned"]!, (string)rows[0]!["unitName"]!, (string)rows[0]!["leaderName"]!));
        Assert.Equal((false, null), ((bool)rows[1]!["assigned"]!, (string?)rows[1]!["unitName"]));
        var listed = await clerk.Read<JsonObject[]>($"/api/v1/brigades/{brigade.Id}/tasks?year={Year}");
        Assert.Equal(d.Id, (string)Assert.Single(listed)["source"]!["detachmentId"]!);
    }

    [Fact]
    public async Task AChangedTemplateReachesEveryInstanceAsAVisibleChangeKeepingItsAssignment()
    {
        var d = await TemplateDetachment.Create(api.Factory, 2);
        var template = await d.Publish(Body("ZD-02", 10));
        var brigade = d.Brigades[0];
        var clerk = d.Clerks[0];
        var instanceId = (string)template["instances"]![0]!["id"]!;
        var assign = new HttpRequestMessage(HttpMethod.Patch, $"/api/v1/tasks/{instanceId}") { Content = JsonContent.Create(new { unitId = "xuanchuan" }) };
        assign.Headers.TryAddWithoutValidation("If-Match", "*");
        (await clerk.SendAsync(assign)).EnsureSuccessStatusCode();
        var path = $"/api/v1/detachments/{d.Id}/templates/{template.Id()}";

        var missing = await d.Admin.PatchAsJsonAsync(path, new { target = 12 });
        var stale = await d.Admin.SendAsync(Patch(path, new { target = 12 }, "\"7\""));
        var changed = await d.Admin.SendAsync(Patch(path, new { target = 12 }, "\"1\""));

        Assert.Equal(HttpStatusCode.PreconditionRequired, missing.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal("\"2\"", changed.Headers.ETag!.Tag);
        var task = await clerk.Read<JsonObject>($"/api/v1/tasks/{instanceId}");
        Assert.Equal((12d, "xuanchuan", "zhao"), ((double)task["metric"]!["target"]!, (string)task["unitId"]!, (string)task["leaderId"]!));
        const string Note = "支队交办事项已调整：目标 10 次 → 12 次";
        var inbox = await clerk.Read<JsonObject>("/api/v1/me/inbox");
        Assert.Contains(inbox["items"]!.AsArray(), i => (string)i!["kind"]! == "TemplateAdjusted" && (string?)i["detail"] == Note);
        var audit = await clerk.Read<JsonObject>($"/api/v1/brigades/{brigade.Id}/audit?taskId={instanceId}");
        var entry = Assert.Single(audit["entries"]!.AsArray(), e => (string)e!["kind"]! == "TaskTemplateAdjusted")!;
        Assert.Equal(("支队交办事项已调整", "d-admin-" + d.Id), ((string)entry["action"]!, (string)entry["actor"]!));
        Assert.Contains(entry["changes"]!.AsArray(), c => (string)c!["field"]! == "目标" && (string?)c["before"] == "10 次" && (string?)c["after"] == "12 次");
    }

    [Fact]
    public async Task ARetryWithTheSameIdempotencyKeyPublishesOnceAndAnotherBodyIs422()
    {
        var d = await TemplateDetachment.Create(api.Factory, 2);

        var first = await d.Admin.SendAsync(Post(d, Body("ZD-03", 10), "retry-1"));
        var again = await d.Admin.SendAsync(Post(d, Body("ZD-03", 10), "retry-1"));
        var other = await d.Admin.SendAsync(Post(d, Body("ZD-03", 11), "retry-1"));

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.UnprocessableEntity), (first.StatusCode, again.StatusCode, other.StatusCode));
        var a = (await first.Content.ReadFromJsonAsync<JsonObject>())!;
        var b = (await again.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(a.Id(), b.Id());
        Assert.Equal(a["instances"]!.ToJsonString(), b["instances"]!.ToJsonString());
        Assert.Single(await d.Admin.Read<JsonObject[]>($"/api/v1/detachments/{d.Id}/templates"));
        var tasks = await d.Clerks[0].Read<JsonObject>("/api/v1/me/inbox");
        Assert.Single(tasks["items"]!.AsArray(), i => (string)i!["kind"]! == "TemplateToAssign");
    }

    public static TheoryData<string, object, string> Hostile => new()
    {
        { "huge title", Body("ZD-04", 10, title: new string('长', 5000)), "title" },
        { "1e308 target", Body("ZD-04", 1e308), "metric.target" },
        { "unknown kind", Body("ZD-04", 10, kind: "Everything"), "kind" },
        { "empty title", Body("ZD-04", 10, title: "   "), "title" },
        { "duty item without its section", Body("ZD-04", 10, kind: "DutyItem"), "section" },
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task HostileInputIs400NamingTheFieldAndPublishesNothing(string what, object body, string field)
    {
        var d = await TemplateDetachment.Create(api.Factory, 1);

        var response = await d.Admin.PostAsJsonAsync($"/api/v1/detachments/{d.Id}/templates", body);

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{what}: {response.StatusCode}");
        Assert.Contains((await response.Problem()).Errors!.Keys, k => string.Equals(k, field, StringComparison.OrdinalIgnoreCase));
        Assert.Empty(await d.Admin.Read<JsonObject[]>($"/api/v1/detachments/{d.Id}/templates"));
    }

    private static readonly string[] Roles = ["DetachmentAdmin", "DetachmentLeader", "DetachmentViewer", "other", "brigadeAdmin", "dadui"];

    public static TheoryData<string, int[]> Routes => new()
    {
        // DetachmentAdmin, DetachmentLeader, DetachmentViewer, another detachment's Admin, the brigade's Admin, its BrigadeLeader
        { "list", [200, 200, 200, 404, 404, 404] },
        { "get", [200, 200, 200, 404, 404, 404] },
        { "publish", [201, 403, 403, 404, 404, 404] },
        { "patch", [200, 403, 403, 404, 404, 404] },
        { "unknown", [404, 404, 404, 404, 404, 404] },
    };

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task EachAccountReachesWhatSpecSaysOfIt(string route, int[] expected)
    {
        var d = await TemplateDetachment.Create(api.Factory, 1);
        var other = await TemplateDetachment.Create(api.Factory, 0);
        var template = await d.Publish(Body("ZD-05", 10));
        var clients = new[]
        {
            d.Admin, await d.SignIn("DetachmentLeader"), await d.SignIn("DetachmentViewer"), other.Admin, d.Clerks[0],
            await d.Brigades[0].SignIn("dadui"),
        };

        var statuses = new int[clients.Length];
        for (var i = 0; i < clients.Length; i++)
        {
            var path = $"/api/v1/detachments/{d.Id}/templates";
            var response = route switch
            {
                "list" => await clients[i].GetAsync(path),
                "get" => await clients[i].GetAsync($"{path}/{template.Id()}"),
                "publish" => await clients[i].PostAsJsonAsync(path, Body($"ZD-X{i}", 10)),
                "patch" => await clients[i].SendAsync(Patch($"{path}/{template.Id()}", new { title = $"调整 {i}" }, "*")),
                _ => await clients[i].GetAsync($"{path}/{TemplateIds.New()}"),
            };
            statuses[i] = (int)response.StatusCode;
        }

        Assert.True(expected.SequenceEqual(statuses), $"{route} ({string.Join(",", Roles)}): expected {string.Join(",", expected)}, got {string.Join(",", statuses)}");
    }

    [Fact]
    public async Task TheDetachmentNeverWritesABrigadesInstanceItself()
    {
        var d = await TemplateDetachment.Create(api.Factory, 1);
        var template = await d.Publish(Body("ZD-06", 10));
        var instanceId = (string)template["instances"]![0]!["id"]!;

        var assign = await d.Admin.SendAsync(Patch($"/api/v1/tasks/{instanceId}", new { unitId = "fazhi" }, "*"));

        Assert.Equal(HttpStatusCode.NotFound, assign.StatusCode);
    }

    internal static object Body(string code, double target, string title = "酒驾醉驾百日攻坚集中统一行动", string kind = "Task") => new
    {
        kind, year = Year, code, title, category = "秩序整治", dutyLine = "Business",
        metric = new { kind = "Count", target, unitLabel = "次" }, start = $"{Year}-01-01", due = $"{Year}-12-31",
    };

    private static HttpRequestMessage Patch(string path, object body, string ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Patch, path) { Content = JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return request;
    }

    private static HttpRequestMessage Post(TemplateDetachment d, object body, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/detachments/{d.Id}/templates") { Content = JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("Idempotency-Key", key);
        return request;
    }
}

/// <summary>
/// A 支队 with fresh brigades (<see cref="ApiBrigade"/>) and one account per detachment role. The detachment and its
/// accounts are set up on the grains, as the system Admin's routes for them belong to another part of the issue.
/// </summary>
public sealed class TemplateDetachment
{
    public string Id { get; } = "d-" + Guid.NewGuid().ToString("N")[..12];

    public ApiBrigade[] Brigades { get; private set; } = [];

    public HttpClient Admin { get; private set; } = null!;

    /// <summary>Each brigade's own Admin (大队办公室), by the brigades' order.</summary>
    public HttpClient[] Clerks { get; private set; } = [];

    private ApiFactory Factory { get; init; } = null!;

    public static async Task<TemplateDetachment> Create(ApiFactory factory, int brigades)
    {
        var d = new TemplateDetachment { Factory = factory };
        var grains = factory.Services.GetRequiredService<IGrainFactory>();
        var detachment = grains.GetGrain<IDetachmentGrain>(d.Id);
        await detachment.Configure(new DetachmentSettings("淄博支队", "Asia/Shanghai"), "admin");
        var list = new List<ApiBrigade>();
        for (var i = 0; i < brigades; i++)
        {
            var brigade = await new ApiBrigade(factory).Create();
            await brigade.User("clerk", "Admin");
            await detachment.Attach(brigade.Id, "admin");
            list.Add(brigade);
        }

        d.Brigades = [.. list];
        d.Clerks = [.. await Task.WhenAll(list.Select(b => b.SignIn("clerk")))];
        var passwords = factory.Services.GetRequiredService<Passwords>();
        foreach (var role in new[] { Role.DetachmentAdmin, Role.DetachmentLeader, Role.DetachmentViewer })
        {
            var username = d.Username(role.ToString());
            await grains.GetGrain<IUserGrain>(username).Save(
                new UserAccount(username, "支队" + role, passwords.Hash(username, ApiBrigade.Password), role, null, null, null, DetachmentId: d.Id),
                "admin");
        }

        d.Admin = await d.SignIn("DetachmentAdmin");
        return d;
    }

    public string Username(string role) => role == "DetachmentAdmin" ? $"d-admin-{Id}" : $"{role.ToLowerInvariant()}-{Id}";

    public Task<HttpClient> SignIn(string role) => Factory.SignIn(Username(role), ApiBrigade.Password);

    public async Task<JsonObject> Publish(object body)
    {
        var response = await Admin.PostAsJsonAsync($"/api/v1/detachments/{Id}/templates", body);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }
}
