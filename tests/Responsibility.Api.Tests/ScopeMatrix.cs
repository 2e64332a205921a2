namespace Responsibility.Api.Tests;

using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

/// <summary>
/// The scope matrix's world (issue 20): detachment D1 with brigades A and B, detachment D2 with brigade C, each
/// detachment with one account per detachment role, brigade A with an Admin (clerk) and the accounts of
/// <see cref="ApiBrigade"/>, brigade C with an Admin, and one record of A of every kind a by-id route reads. Its
/// routes are the ones the running api documents (<c>/openapi/v1.json</c>), so a route added later is covered the
/// day it is documented.
/// </summary>
public sealed partial class ScopeMatrix
{
    public static readonly string[] DetachmentRoles = ["DetachmentAdmin", "DetachmentLeader", "DetachmentViewer"];

    /// <summary>Path parameters that name one record of a brigade: a route with one and no <c>{brigadeId}</c> is a by-id route.</summary>
    private static readonly string[] RecordParameters =
        ["taskId", "instructionId", "meetingId", "pledgeId", "bulletinId", "inspectionId", "rectificationId", "extensionId", "attachmentId"];

    /// <summary>Routes that change the caller's own sign-in rather than anything scoped: the matrix leaves them alone.</summary>
    private static readonly string[] OwnSession = ["/api/v1/auth/token", "/api/v1/auth/logout", "/api/v1/me/password"];

    private readonly ApiFactory factory;
    private readonly Dictionary<string, string> recordsOfA = new(StringComparer.Ordinal);

    private ScopeMatrix(ApiFactory factory) => this.factory = factory;

    public string D1 { get; } = "d1-" + Guid.NewGuid().ToString("N")[..10];

    public string D2 { get; } = "d2-" + Guid.NewGuid().ToString("N")[..10];

    public ApiBrigade A { get; private set; } = null!;

    public ApiBrigade B { get; private set; } = null!;

    public ApiBrigade C { get; private set; } = null!;

    public HttpClient System { get; private set; } = null!;

    /// <summary>The callers by name: <c>D1.DetachmentAdmin</c> …, <c>A.Admin</c>, <c>A.Viewer</c>, <c>A.BrigadeLeader</c>, <c>C.Admin</c>.</summary>
    public Dictionary<string, HttpClient> Callers { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<Route> Routes { get; private set; } = [];

    public static string DetachmentUsername(string detachmentId, string role) => $"{role.ToLowerInvariant()}-{detachmentId}";

    public static async Task<ScopeMatrix> Create(ApiFactory factory)
    {
        var matrix = new ScopeMatrix(factory);
        await matrix.Arrange();
        return matrix;
    }

    private async Task Arrange()
    {
        System = await factory.SignInAsAdmin();
        A = await new ApiBrigade(factory).Create();
        B = await new ApiBrigade(factory).Create();
        C = await new ApiBrigade(factory).Create();
        await A.User("clerk", "Admin");
        await C.User("clerk", "Admin");
        foreach (var (detachment, name, brigades) in new[] { (D1, "第一支队", new[] { A, B }), (D2, "第二支队", new[] { C }) })
        {
            (await System.PutAsJsonAsync($"/api/v1/detachments/{detachment}", new { name })).EnsureSuccessStatusCode();
            foreach (var brigade in brigades)
            {
                (await System.PutAsync($"/api/v1/detachments/{detachment}/brigades/{brigade.Id}", null)).EnsureSuccessStatusCode();
            }

            foreach (var role in DetachmentRoles)
            {
                var username = DetachmentUsername(detachment, role);
                (await System.PutAsJsonAsync($"/api/v1/detachments/{detachment}/users/{username}", new
                {
                    displayName = role, password = ApiBrigade.Password, role,
                })).EnsureSuccessStatusCode();
                Callers[$"{(detachment == D1 ? "D1" : "D2")}.{role}"] = await factory.SignIn(username, ApiBrigade.Password);
            }
        }

        Callers["A.Admin"] = await A.SignIn("clerk");
        Callers["A.Viewer"] = await A.SignIn("viewer");
        Callers["A.BrigadeLeader"] = await A.SignIn("dadui");
        Callers["C.Admin"] = await C.SignIn("clerk");
        await SeedRecordsOfA();
        Routes = await ReadRoutes();
    }

    /// <summary>One record of A of every kind a by-id route reads, so those routes are tried with ids that exist.</summary>
    private async Task SeedRecordsOfA()
    {
        var dadui = Callers["A.BrigadeLeader"];
        var fazhi = await A.SignIn("fazhi");
        var xuanchuan = await A.SignIn("xuanchuan");
        var task = await A.AddCountTask("ZX-01", "fazhi", "Business", 100);
        recordsOfA["taskId"] = task.Id();
        var entry = await fazhi.Report(task, new { value = 1, note = "夜查行动" });
        entry.EnsureSuccessStatusCode();
        recordsOfA["entryId"] = (string)(await entry.Body())["entry"]!["id"]!;
        recordsOfA["attachmentId"] = (await fazhi.Uploaded(SampleFiles.Pdf())).Id;
        recordsOfA["instructionId"] = await A.Issued();
        recordsOfA["meetingId"] = await BallotCalls.AccountabilityMeeting(A);
        recordsOfA["inspectionId"] = await A.Inspected(dadui);
        recordsOfA["rectificationId"] = (await dadui.Found(recordsOfA["inspectionId"])).Id;
        var bulletin = await dadui.PostAsJsonAsync($"/api/v1/brigades/{A.Id}/bulletins", new { kind = "Situation", inspectionId = recordsOfA["inspectionId"] });
        bulletin.EnsureSuccessStatusCode();
        recordsOfA["bulletinId"] = (string)(await bulletin.Body())["id"]!;
        var due = await A.TaskDueIn(10);
        var extension = await xuanchuan.Ask("Task", due.Id(), 20);
        extension.EnsureSuccessStatusCode();
        recordsOfA["extensionId"] = (string)(await extension.Body())["id"]!;
        recordsOfA["pledgeId"] = $"{A.Id}.{DateTime.UtcNow.AddHours(8).Year}.wang.leader-zhao";
    }

    private async Task<IReadOnlyList<Route>> ReadRoutes()
    {
        var document = JsonNode.Parse(await factory.CreateClient().GetStringAsync("/openapi/v1.json"))!;
        var routes = new List<Route>();
        foreach (var (path, operations) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in operations!.AsObject())
            {
                if (method is not ("get" or "put" or "post" or "patch" or "delete") || OwnSession.Contains(path))
                {
                    continue;
                }

                var content = operation!["requestBody"]?["content"]?.AsObject();
                var example = content?["application/json"]?["example"]?.ToJsonString();
                var multipart = content?.ContainsKey("multipart/form-data") == true;
                var query = (operation["parameters"]?.AsArray() ?? []).Where(p => (string?)p!["in"] == "query").Select(p => (string)p!["name"]!).ToArray();
                routes.Add(new Route(method.ToUpperInvariant(), path, (string?)operation["operationId"] ?? path, example, multipart, query));
            }
        }

        return routes;
    }

    /// <summary>What a route is about, from its path parameters.</summary>
    public static RouteKind KindOf(Route route)
    {
        var parameters = Parameters(route.Path);
        return parameters.Contains("detachmentId") ? RouteKind.Detachment
            : parameters.Contains("brigadeId") ? RouteKind.Brigade
            : parameters.Any(RecordParameters.Contains) ? RouteKind.ById
            : RouteKind.Global;
    }

    public static string[] Parameters(string path) => [.. ParameterPattern().Matches(path).Select(m => m.Groups[1].Value)];

    /// <summary>
    /// The route's address with real ids: brigade A (or <paramref name="brigadeId"/>) and its records, detachment
    /// <paramref name="detachmentId"/>; a parameter the matrix does not know gets a well-formed id nobody has.
    /// </summary>
    public string Address(Route route, string brigadeId, string detachmentId)
    {
        // A period is the one query value a read cannot do without (考核 scores).
        var query = route.Query.Contains("period") ? $"?period={DateTime.UtcNow.AddHours(8).Year}" : "";
        return Fill(route.Path, brigadeId, detachmentId, KindOf(route) == RouteKind.Detachment) + query;
    }

    /// <summary>A route template's parameters (<c>{year:int?}</c> too) filled as <see cref="Address(Route,string,string)"/> fills them.</summary>
    public string Fill(string template, string brigadeId, string detachmentId, bool ofDetachment = false)
    {
        var year = DateTime.UtcNow.AddHours(8).Year;
        return ParameterPattern().Replace(template, m => m.Groups[1].Value switch
        {
            "brigadeId" or "memberId" => brigadeId,
            "detachmentId" => detachmentId,
            "unitId" or "subjectId" => "fazhi",
            "leaderId" => "wang",
            "username" => ofDetachment ? "matrix-" + detachmentId : A.Username("viewer"),
            "year" => $"{year}",
            "month" => $"{year}-{DateTime.UtcNow.AddHours(8).Month:00}",
            "period" => $"{year}",
            "subjectKind" or "kind" => "units",
            "itemId" => "matrix-item",
            "riskId" => "matrix-risk",
            var name when recordsOfA.TryGetValue(name, out var id) => id,
            _ => "matrix-unknown",
        });
    }

    /// <summary>The route's request: its documented example body, a small workbook for an upload, an If-Match for a versioned write.</summary>
    public static HttpRequestMessage Request(Route route, string address)
    {
        var request = new HttpRequestMessage(new HttpMethod(route.Method), address);
        if (route.Multipart)
        {
            request.Content = SampleFiles.Form(SampleFiles.Xlsx(), "台账.xlsx");
        }
        else if (route.Example is not null)
        {
            request.Content = new StringContent(route.Example, Encoding.UTF8, "application/json");
        }
        else if (route.Method != "GET")
        {
            request.Content = new ByteArrayContent([]);
        }

        if (route.Method is "PATCH" or "PUT")
        {
            request.Headers.IfMatch.Add(new EntityTagHeaderValue("\"1\""));
        }

        return request;
    }

    public async Task<int> Send(string caller, Route route, string address)
    {
        using var request = Request(route, address);
        using var response = await Callers[caller].SendAsync(request);
        return (int)response.StatusCode;
    }

    /// <summary>Everything recorded of brigade A, as the system administrator reads it: changes if anything of A changed.</summary>
    public async Task<string> StateOfA()
    {
        var audit = await System.GetStringAsync($"/api/v1/brigades/{A.Id}/audit");
        var brigade = await System.GetStringAsync($"/api/v1/brigades/{A.Id}");
        var users = await System.GetStringAsync($"/api/v1/brigades/{A.Id}/users");
        var tasks = await System.GetStringAsync($"/api/v1/brigades/{A.Id}/tasks");
        return string.Join("\n", audit, brigade, users, tasks);
    }

    [GeneratedRegex(@"\{([A-Za-z]+)(?::[a-z]+)?\??\}")]
    private static partial Regex ParameterPattern();

    public sealed record Route(string Method, string Path, string OperationId, string? Example, bool Multipart, string[] Query)
    {
        public override string ToString() => $"{Method} {Path}";
    }

    public enum RouteKind
    {
        /// <summary>Names a detachment (<c>{detachmentId}</c>).</summary>
        Detachment,

        /// <summary>Names a brigade (<c>{brigadeId}</c>).</summary>
        Brigade,

        /// <summary>Names one record of a brigade by its id (tasks/{taskId}, instructions/{instructionId}, …).</summary>
        ById,

        /// <summary>Names nothing scoped: the caller's own (me, inbox) or a body that says what it is about.</summary>
        Global,
    }
}
