namespace Responsibility.Api.Tests;

using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

/// <summary>
/// SPEC §6 Detachment (支队): the system Admin establishes a detachment and attaches brigades; its DetachmentAdmin
/// creates brigades under it (never taking over one that is not its own) and keeps its accounts; its accounts sign
/// in, see who they are and an inbox, and bad input is refused naming the field.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class DetachmentApiTests(SharedApi api)
{
    private static object BrigadeBody(string name = "博山大队") => new
    {
        name, partyOrgName = $"中共淄博市公安局交通警察支队{name}总支部委员会", detachmentName = "淄博市公安局交通警察支队",
    };

    private static string NewId(string prefix) => prefix + Guid.NewGuid().ToString("N")[..10];

    private async Task<(string Id, HttpClient System)> Detachment(string name = "淄博市公安局交通警察支队")
    {
        var system = await api.Factory.SignInAsAdmin();
        var id = NewId("zibo-");
        (await system.PutAsJsonAsync($"/api/v1/detachments/{id}", new { name })).EnsureSuccessStatusCode();
        return (id, system);
    }

    private async Task<HttpClient> Account(HttpClient by, string detachmentId, string role)
    {
        var username = $"{role.ToLowerInvariant()}-{detachmentId}";
        (await by.PutAsJsonAsync($"/api/v1/detachments/{detachmentId}/users/{username}", new
        {
            displayName = "孙建国", password = ApiBrigade.Password, role,
        })).EnsureSuccessStatusCode();
        return await api.Factory.SignIn(username, ApiBrigade.Password);
    }

    [Fact]
    public async Task SystemAdminEstablishesADetachmentAndAttachesABrigadeOnceWithItsData()
    {
        var (id, system) = await Detachment();
        var brigade = await new ApiBrigade(api.Factory).Create();
        await brigade.AddCountTask("ZX-01", "fazhi", "Business", 100);

        var first = await system.PutAsync($"/api/v1/detachments/{id}/brigades/{brigade.Id}", null);
        var again = await system.PutAsync($"/api/v1/detachments/{id}/brigades/{brigade.Id}", null);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var read = await (await system.GetAsync($"/api/v1/detachments/{id}")).Body();
        Assert.Equal(id, (string)read["id"]!);
        Assert.Equal("淄博市公安局交通警察支队", (string)read["name"]!);
        Assert.Equal("Asia/Shanghai", (string)read["timeZone"]!);
        var brigades = read["brigades"]!.AsArray();
        Assert.Equal([(brigade.Id, "淄川大队")], brigades.Select(b => ((string)b!["brigadeId"]!, (string)b["name"]!)));
        Assert.Equal(id, (string)(await (await system.GetAsync($"/api/v1/brigades/{brigade.Id}")).Body())["detachmentId"]!);
        // The brigade keeps its data: its task is still there, read by the detachment as by the brigade.
        var viewer = await Account(system, id, "DetachmentViewer");
        var tasks = await viewer.GetAsync($"/api/v1/brigades/{brigade.Id}/tasks");
        Assert.Equal(HttpStatusCode.OK, tasks.StatusCode);
        Assert.Contains("ZX-01", await tasks.Content.ReadAsStringAsync());
        // The 操作记录 says what happened, once.
        var audit = await system.GetStringAsync($"/api/v1/brigades/{brigade.Id}/audit");
        Assert.Single(JsonNode.Parse(audit)!["entries"]!.AsArray(), e => (string?)e!["action"] == "划入支队");
    }

    [Fact]
    public async Task RenamingADetachmentKeepsItsBrigadesAndAnUnknownTimeZoneIsRefused()
    {
        var (id, system) = await Detachment();
        var brigade = await new ApiBrigade(api.Factory).Create();
        await system.PutAsync($"/api/v1/detachments/{id}/brigades/{brigade.Id}", null);

        var renamed = await system.PutAsJsonAsync($"/api/v1/detachments/{id}", new { name = "淄博支队", timeZone = "Asia/Urumqi" });
        var badZone = await system.PutAsJsonAsync($"/api/v1/detachments/{id}", new { name = "淄博支队", timeZone = "Mars/Olympus" });

        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        var body = await renamed.Body();
        Assert.Equal(("淄博支队", "Asia/Urumqi", 1), ((string)body["name"]!, (string)body["timeZone"]!, body["brigades"]!.AsArray().Count));
        Assert.Equal(HttpStatusCode.BadRequest, badZone.StatusCode);
        Assert.Contains("timeZone", (await badZone.Problem()).Errors!.Keys);
        Assert.Equal("Asia/Urumqi", (string)(await (await system.GetAsync($"/api/v1/detachments/{id}")).Body())["timeZone"]!);
    }

    [Fact]
    public async Task AnotherDetachmentsBrigadeIsAConflictAndAnUnknownBrigadeOrDetachmentIsNotFound()
    {
        var (first, system) = await Detachment();
        var (second, _) = await Detachment();
        var brigade = await new ApiBrigade(api.Factory).Create();
        await system.PutAsync($"/api/v1/detachments/{first}/brigades/{brigade.Id}", null);

        var taken = await system.PutAsync($"/api/v1/detachments/{second}/brigades/{brigade.Id}", null);
        var unknownBrigade = await system.PutAsync($"/api/v1/detachments/{second}/brigades/{NewId("nobody-")}", null);
        var unknownDetachment = await system.PutAsync($"/api/v1/detachments/{NewId("nowhere-")}/brigades/{brigade.Id}", null);
        var readUnknown = await system.GetAsync($"/api/v1/detachments/{NewId("nowhere-")}");

        Assert.Equal(HttpStatusCode.Conflict, taken.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownBrigade.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownDetachment.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, readUnknown.StatusCode);
        Assert.Empty((await (await system.GetAsync($"/api/v1/detachments/{second}")).Body())["brigades"]!.AsArray());
        Assert.Equal(first, (string)(await (await system.GetAsync($"/api/v1/brigades/{brigade.Id}")).Body())["detachmentId"]!);
    }

    [Fact]
    public async Task DetachmentAdminCreatesABrigadeUnderItButNeverTakesOverOneThatIsNotItsOwn()
    {
        var (id, system) = await Detachment();
        var (otherId, _) = await Detachment("另一个支队");
        var office = await Account(system, id, "DetachmentAdmin");
        var standalone = await new ApiBrigade(api.Factory).Create();
        var others = await new ApiBrigade(api.Factory).Create();
        await system.PutAsync($"/api/v1/detachments/{otherId}/brigades/{others.Id}", null);
        var created = NewId("boshan-");

        var create = await office.PutAsJsonAsync($"/api/v1/detachments/{id}/brigades/{created}", BrigadeBody());
        var reconfigure = await office.PutAsJsonAsync($"/api/v1/detachments/{id}/brigades/{created}", BrigadeBody("博山区大队"));
        var takeStandalone = await office.PutAsJsonAsync($"/api/v1/detachments/{id}/brigades/{standalone.Id}", BrigadeBody());
        var takeOthers = await office.PutAsJsonAsync($"/api/v1/detachments/{id}/brigades/{others.Id}", BrigadeBody());
        var attach = await office.PutAsync($"/api/v1/detachments/{id}/brigades/{standalone.Id}", null);
        var viaBrigadeRoute = await office.PutAsJsonAsync($"/api/v1/brigades/{created}", BrigadeBody("改名"));

        Assert.Equal(HttpStatusCode.OK, create.StatusCode);
        Assert.Equal(HttpStatusCode.OK, reconfigure.StatusCode);
        Assert.Equal(
            [(created, "博山区大队")],
            (await reconfigure.Body())["brigades"]!.AsArray().Select(b => ((string)b!["brigadeId"]!, (string)b["name"]!)));
        Assert.Equal(HttpStatusCode.Conflict, takeStandalone.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, takeOthers.StatusCode);
        var refusal = await takeOthers.Content.ReadAsStringAsync();
        Assert.DoesNotContain(otherId, refusal);
        Assert.DoesNotContain("另一个支队", refusal);
        Assert.DoesNotContain("淄川", refusal);
        Assert.Equal("淄川大队", (string)(await (await system.GetAsync($"/api/v1/brigades/{standalone.Id}")).Body())["settings"]!["name"]!);
        Assert.Null((await (await system.GetAsync($"/api/v1/brigades/{standalone.Id}")).Body())["detachmentId"]);
        Assert.Equal("淄川大队", (string)(await (await system.GetAsync($"/api/v1/brigades/{others.Id}")).Body())["settings"]!["name"]!);
        Assert.Equal(HttpStatusCode.Forbidden, attach.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, viaBrigadeRoute.StatusCode);
    }

    [Fact]
    public async Task OnlyTheDetachmentAdminAndTheSystemAdminCreateBrigadesAndAccountsAndOnlyTheSystemAdminEstablishes()
    {
        var (id, system) = await Detachment();
        var office = await Account(system, id, "DetachmentAdmin");
        var leader = await Account(office, id, "DetachmentLeader");
        var viewer = await Account(office, id, "DetachmentViewer");

        foreach (var client in new[] { leader, viewer })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PutAsJsonAsync($"/api/v1/detachments/{id}/brigades/{NewId("x-")}", BrigadeBody())).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/api/v1/detachments/{id}/users")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PutAsJsonAsync($"/api/v1/detachments/{id}/users/{NewId("u-")}", new
            {
                displayName = "甲", password = ApiBrigade.Password, role = "DetachmentAdmin",
            })).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/detachments/{id}")).StatusCode);
        }

        foreach (var client in new[] { office, leader, viewer })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PutAsJsonAsync($"/api/v1/detachments/{id}", new { name = "改名" })).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.PutAsJsonAsync($"/api/v1/detachments/{NewId("new-")}", new { name = "新支队" })).StatusCode);
        }

        var users = await (await office.GetAsync($"/api/v1/detachments/{id}/users")).Content.ReadFromJsonAsync<JsonArray>();
        Assert.Equal(
            [("detachmentadmin-" + id, "DetachmentAdmin"), ("detachmentleader-" + id, "DetachmentLeader"), ("detachmentviewer-" + id, "DetachmentViewer")],
            users!.Select(u => ((string)u!["username"]!, (string)u["role"]!)));
        Assert.All(users!, u => Assert.Equal(id, (string)u!["detachmentId"]!));
        Assert.DoesNotContain("passwordHash", users!.ToJsonString());
    }

    [Fact]
    public async Task ADetachmentAccountSeesWhoItIsAnEmptyInboxAndItsDisabledAccountStops()
    {
        var (id, system) = await Detachment();
        var office = await Account(system, id, "DetachmentAdmin");
        var leader = await Account(office, id, "DetachmentLeader");

        var me = await (await leader.GetAsync("/api/v1/me")).Body();
        var inbox = await leader.GetAsync("/api/v1/me/inbox");
        var extensions = await leader.GetAsync("/api/v1/me/extensions");

        Assert.Equal(("DetachmentLeader", id), ((string)me["role"]!, (string)me["detachmentId"]!));
        Assert.Null(me["brigadeId"]);
        Assert.False((bool)me["isSystemAdmin"]!);
        Assert.Equal(HttpStatusCode.OK, inbox.StatusCode);
        Assert.Empty((await inbox.Body())["items"]!.AsArray());
        Assert.Equal(HttpStatusCode.OK, extensions.StatusCode);

        (await office.PutAsJsonAsync($"/api/v1/detachments/{id}/users/detachmentleader-{id}", new
        {
            displayName = "孙建国", role = "DetachmentLeader", disabled = true,
        })).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.Unauthorized, (await leader.GetAsync("/api/v1/me")).StatusCode);
        var selfDemotion = await office.PutAsJsonAsync($"/api/v1/detachments/{id}/users/detachmentadmin-{id}", new
        {
            displayName = "孙建国", role = "DetachmentViewer",
        });
        Assert.Equal(HttpStatusCode.Conflict, selfDemotion.StatusCode);
    }

    [Fact]
    public async Task UsernamesAreGlobalSoNoDetachmentTakesABrigadesTheSystemsOrAnotherDetachmentsAccount()
    {
        var (id, system) = await Detachment();
        var (otherId, _) = await Detachment();
        var office = await Account(system, id, "DetachmentAdmin");
        await Account(system, otherId, "DetachmentViewer");
        var brigade = await new ApiBrigade(api.Factory).Create();

        foreach (var username in new[] { brigade.Username("dadui"), "admin", "detachmentviewer-" + otherId })
        {
            var response = await office.PutAsJsonAsync($"/api/v1/detachments/{id}/users/{username}", new
            {
                displayName = "冒名", password = "another-long-pass-9", role = "DetachmentAdmin",
            });
            Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
            Assert.Contains("已被其他单位使用", (await response.Problem()).Detail);
        }

        // Each is as it was: the brigade's leader and the system admin still sign in with their own passwords.
        await api.Factory.SignIn(brigade.Username("dadui"), ApiBrigade.Password);
        await api.Factory.SignInAsAdmin();
        // Nor does a brigade's Admin make a detachment account through the brigade's route.
        var viaBrigade = await brigade.Admin.PutAsJsonAsync($"/api/v1/brigades/{brigade.Id}/users/{NewId("u-")}", new
        {
            displayName = "甲", password = ApiBrigade.Password, role = "DetachmentAdmin",
        });
        Assert.Equal(HttpStatusCode.BadRequest, viaBrigade.StatusCode);
    }

    public static TheoryData<string, string, string> BadAccounts => new()
    {
        { "unknown role", """{"displayName":"甲","password":"tea-lamp-river-7","role":"Superuser"}""", "role" },
        { "brigade role", """{"displayName":"甲","password":"tea-lamp-river-7","role":"Admin"}""", "role" },
        { "numeric role", """{"displayName":"甲","password":"tea-lamp-river-7","role":1e308}""", "role" },
        { "no role", """{"displayName":"甲","password":"tea-lamp-river-7"}""", "role" },
        { "short password", """{"displayName":"甲","password":"abc","role":"DetachmentViewer"}""", "password" },
        { "no password for a new account", """{"displayName":"甲","role":"DetachmentViewer"}""", "password" },
        { "blank name", """{"displayName":"  ","password":"tea-lamp-river-7","role":"DetachmentViewer"}""", "displayName" },
        { "disabled as text", """{"displayName":"甲","password":"tea-lamp-river-7","role":"DetachmentViewer","disabled":"yes"}""", "disabled" },
    };

    [Theory]
    [MemberData(nameof(BadAccounts))]
    public async Task ABadAccountIsRefusedNamingTheFieldAndNothingIsCreated(string what, string body, string field)
    {
        var (id, system) = await Detachment();
        var username = NewId("u-");

        var response = await system.PutAsync($"/api/v1/detachments/{id}/users/{username}", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{what}: {response.StatusCode}");
        var problem = await response.Problem();
        Assert.True(problem.Errors?.Keys.Any(k => k.Equals(field, StringComparison.OrdinalIgnoreCase) || k.EndsWith("." + field, StringComparison.OrdinalIgnoreCase)) == true,
            $"{what}: {string.Join(",", problem.Errors?.Keys.ToArray() ?? [])}");
        Assert.Empty((await (await system.GetAsync($"/api/v1/detachments/{id}/users")).Content.ReadFromJsonAsync<JsonArray>())!);
    }

    public static TheoryData<string, string, string, string> BadDetachments => new()
    {
        { "id with capitals", "Zibo-1", """{"name":"淄博支队"}""", "detachmentId" },
        { "id too long", new string('d', 65), """{"name":"淄博支队"}""", "detachmentId" },
        { "no name", "ok-{0}", """{"timeZone":"Asia/Shanghai"}""", "name" },
        { "name as a huge number", "ok-{0}", """{"name":1e308}""", "name" },
        { "name too long", "ok-{0}", "{\"name\":\"" + new string('支', 201) + "\"}", "name" },
        { "unknown time zone", "ok-{0}", """{"name":"淄博支队","timeZone":"../../etc/passwd"}""", "timeZone" },
    };

    [Theory]
    [MemberData(nameof(BadDetachments))]
    public async Task ABadDetachmentIsRefusedNamingTheFieldAndNothingIsEstablished(string what, string id, string body, string field)
    {
        var system = await api.Factory.SignInAsAdmin();
        var detachmentId = string.Format(id, Guid.NewGuid().ToString("N")[..8]);

        var response = await system.PutAsync($"/api/v1/detachments/{detachmentId}", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{what}: {response.StatusCode}");
        var problem = await response.Problem();
        Assert.True(problem.Errors?.Keys.Any(k => k.Equals(field, StringComparison.OrdinalIgnoreCase) || k.EndsWith("." + field, StringComparison.OrdinalIgnoreCase)) == true,
            $"{what}: {string.Join(",", problem.Errors?.Keys.ToArray() ?? [])}");
        Assert.NotEqual(HttpStatusCode.OK, (await system.GetAsync($"/api/v1/detachments/{detachmentId}")).StatusCode);
    }

    [Fact]
    public async Task HugeBodiesAndBadBrigadeBodiesAreRefusedAndChangeNothing()
    {
        var (id, system) = await Detachment();
        var office = await Account(system, id, "DetachmentAdmin");
        var huge = "{\"name\":\"" + new string('a', 2_000_000) + "\"}";
        var created = NewId("b-");

        var hugeDetachment = await system.PutAsync($"/api/v1/detachments/{id}", new StringContent(huge, Encoding.UTF8, "application/json"));
        var hugeBrigade = await office.PutAsync($"/api/v1/detachments/{id}/brigades/{created}", new StringContent(huge, Encoding.UTF8, "application/json"));
        var badBrigade = await office.PutAsJsonAsync($"/api/v1/detachments/{id}/brigades/{created}", new { name = "博山大队", thresholds = new { yellow = 1e308 } });
        var badBrigadeId = await office.PutAsJsonAsync($"/api/v1/detachments/{id}/brigades/Bad%20Id", BrigadeBody());
        var notJson = await office.PutAsync($"/api/v1/detachments/{id}/brigades/{created}", new StringContent("{\"name\":", Encoding.UTF8, "application/json"));

        // Over the server's body limit a real listener answers 413 (BodyLimitTests); in memory the name is too long.
        Assert.Contains(hugeDetachment.StatusCode, new[] { HttpStatusCode.RequestEntityTooLarge, HttpStatusCode.BadRequest });
        Assert.Contains(hugeBrigade.StatusCode, new[] { HttpStatusCode.RequestEntityTooLarge, HttpStatusCode.BadRequest });
        Assert.Equal(HttpStatusCode.BadRequest, badBrigade.StatusCode);
        Assert.Contains("partyOrgName", (await badBrigade.Problem()).Errors!.Keys, StringComparer.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.BadRequest, badBrigadeId.StatusCode);
        Assert.Contains("brigadeId", (await badBrigadeId.Problem()).Errors!.Keys, StringComparer.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
        var read = await (await system.GetAsync($"/api/v1/detachments/{id}")).Body();
        Assert.Equal("淄博市公安局交通警察支队", (string)read["name"]!);
        Assert.Empty(read["brigades"]!.AsArray());
        Assert.Equal(HttpStatusCode.NotFound, (await system.GetAsync($"/api/v1/brigades/{created}")).StatusCode);
    }
}
