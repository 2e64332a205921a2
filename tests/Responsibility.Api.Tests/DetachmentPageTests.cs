namespace Responsibility.Api.Tests;

using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using static Responsibility.Api.Tests.PageForms;

/// <summary>
/// The pages of a 支队 (home, accounts) and every page of its brigades as its accounts see them: read as the brigade's
/// BrigadeLeader or Viewer reads them, without their forms (left out of the page; sent anyway, the 403 page and nothing
/// changed), its records by id missing.
/// The brigade pages are the ones the app has (read from its page routes), so a page added later is covered too.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed partial class DetachmentPageTests(SharedApi api)
{
    private static readonly string[] DetachmentPages = ["dashboard", "templates", "instructions", "bulletins", "reports", "users"];

    [Fact]
    public async Task ADetachmentAccountStartsAtItsDetachmentAndItsAdminKeepsItsAccountsThere()
    {
        var system = await api.Factory.SignInAsAdmin();
        var id = "zibo-" + Guid.NewGuid().ToString("N")[..8];
        var other = "other-" + Guid.NewGuid().ToString("N")[..8];
        var brigade = await new ApiBrigade(api.Factory).Create();
        (await system.PutAsJsonAsync($"/api/v1/detachments/{id}", new { name = "淄博市公安局交通警察支队" })).EnsureSuccessStatusCode();
        (await system.PutAsJsonAsync($"/api/v1/detachments/{other}", new { name = "另一支队" })).EnsureSuccessStatusCode();
        (await system.PutAsync($"/api/v1/detachments/{id}/brigades/{brigade.Id}", null)).EnsureSuccessStatusCode();
        foreach (var role in ScopeMatrix.DetachmentRoles)
        {
            (await system.PutAsJsonAsync($"/api/v1/detachments/{id}/users/{ScopeMatrix.DetachmentUsername(id, role)}", new
            {
                displayName = "孙建国", password = ApiBrigade.Password, role,
            })).EnsureSuccessStatusCode();
        }

        var office = await SignInToPages(api.Factory, ScopeMatrix.DetachmentUsername(id, "DetachmentAdmin"));
        var leader = await SignInToPages(api.Factory, ScopeMatrix.DetachmentUsername(id, "DetachmentLeader"));

        var start = await office.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        Assert.Equal($"/d/{id}/dashboard", start.Headers.Location!.OriginalString);
        var home = await office.GetStringAsync($"/d/{id}");
        Assert.Contains("淄博市公安局交通警察支队", home);
        Assert.Contains($"href=\"/b/{brigade.Id}\"", home);
        Assert.Contains(">淄川大队<", home);
        Assert.All(DetachmentPages, p => Assert.Contains($"href=\"/d/{id}/{p}\"", home));

        var users = await office.GetStringAsync($"/d/{id}/users");
        Assert.Contains(ScopeMatrix.DetachmentUsername(id, "DetachmentViewer"), users);
        var added = await Post(office, $"/d/{id}/users", users, new()
        {
            ["Input.Username"] = "staff-" + id, ["Input.DisplayName"] = "李娜", ["Input.Password"] = "another-long-pass-9", ["Input.Role"] = "DetachmentViewer",
        });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var staff = await api.Factory.SignIn("staff-" + id, "another-long-pass-9");
        Assert.Equal("DetachmentViewer", (string)(await (await staff.GetAsync("/api/v1/me")).Body())["role"]!);
        var refused = await Post(office, $"/d/{id}/users", users, new()
        {
            ["Input.Username"] = brigade.Username("dadui"), ["Input.DisplayName"] = "冒名", ["Input.Password"] = "another-long-pass-9", ["Input.Role"] = "DetachmentAdmin",
        });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("已被其他单位使用", await refused.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Forbidden, (await leader.GetAsync($"/d/{id}/users")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await leader.GetAsync("/inbox")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await leader.GetAsync($"/d/{other}")).StatusCode);
        var brigadePage = await leader.GetStringAsync($"/b/{brigade.Id}");
        Assert.Contains($"href=\"/d/{id}\"", brigadePage);
        Assert.Contains("只读查看", brigadePage);
    }

    [Fact]
    public async Task EveryBrigadePageReadsForTheDetachmentAsForTheBrigadeAndRefusesItsForms()
    {
        var matrix = await ScopeMatrix.Create(api.Factory);
        var readers = new Dictionary<string, HttpClient>
        {
            ["A.BrigadeLeader"] = await SignInToPages(api.Factory, matrix.A.Username("dadui")),
            ["A.Viewer"] = await SignInToPages(api.Factory, matrix.A.Username("viewer")),
            ["D1.DetachmentLeader"] = await SignInToPages(api.Factory, ScopeMatrix.DetachmentUsername(matrix.D1, "DetachmentLeader")),
            ["D1.DetachmentViewer"] = await SignInToPages(api.Factory, ScopeMatrix.DetachmentUsername(matrix.D1, "DetachmentViewer")),
            ["D2.DetachmentAdmin"] = await SignInToPages(api.Factory, ScopeMatrix.DetachmentUsername(matrix.D2, "DetachmentAdmin")),
        };
        var templates = api.Factory.Services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items
            .OfType<PageActionDescriptor>()
            .Select(p => "/" + p.AttributeRouteInfo?.Template)
            .Distinct()
            .ToArray();
        var ofBrigade = templates.Where(t => t.StartsWith("/b/{brigadeId}", StringComparison.Ordinal)).ToArray();
        var byId = templates.Where(t => t is "/tasks/{taskId}" or "/instructions/{instructionId}" or "/meetings/{meetingId}").ToArray();
        var failures = new List<string>();
        var forms = new List<(string Address, string Leaders, string Readers)>();

        foreach (var template in ofBrigade)
        {
            var address = matrix.Fill(template, matrix.A.Id, matrix.D1);
            var status = new Dictionary<string, int>();
            foreach (var (name, client) in readers)
            {
                status[name] = (int)(await client.GetAsync(address)).StatusCode;
            }

            if (status.Values.Any(s => s >= 500)
                || status["D1.DetachmentLeader"] != status["A.BrigadeLeader"]
                || status["D1.DetachmentViewer"] != status["A.Viewer"]
                || status["D2.DetachmentAdmin"] != 404)
            {
                failures.Add($"GET {address}: {string.Join(", ", status.Select(s => $"{s.Key} {s.Value}"))}");
            }

            if (status["D1.DetachmentLeader"] == 200)
            {
                var read = await readers["D1.DetachmentLeader"].GetStringAsync(address);
                if (PostForms(read).Any())
                {
                    failures.Add($"D1.DetachmentLeader GET {address}: the page offers {PostForms(read).Count()} of the brigade's forms");
                }

                forms.Add((address, await readers["A.BrigadeLeader"].GetStringAsync(address), read));
            }
        }

        foreach (var template in byId)
        {
            var address = matrix.Fill(template, matrix.A.Id, matrix.D1);
            foreach (var name in new[] { "D1.DetachmentLeader", "D1.DetachmentViewer", "D2.DetachmentAdmin" })
            {
                var status = (int)(await readers[name].GetAsync(address)).StatusCode;
                if (status != 404)
                {
                    failures.Add($"{name} GET {address}: {status}, expected 404 (a brigade's record by id)");
                }
            }
        }

        var before = await matrix.StateOfA();
        var posted = 0;
        // The brigade's own leader's forms, sent by the detachment's reader (with the reader's own anti-forgery token).
        foreach (var (address, leaders, read) in forms)
        {
            foreach (var action in PostForms(leaders).Distinct())
            {
                var target = action.Length == 0 ? address : action.StartsWith('?') ? address + action : action;
                var answer = await Post(readers["D1.DetachmentLeader"], target, read, []);
                posted++;
                if (answer.StatusCode != HttpStatusCode.Forbidden || !(await answer.Content.ReadAsStringAsync()).Contains("没有权限"))
                {
                    failures.Add($"D1.DetachmentLeader POST {target}: {(int)answer.StatusCode}, expected the 403 page");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.Equal(before, await matrix.StateOfA());
        Assert.True(ofBrigade.Length >= 25, $"only {ofBrigade.Length} brigade pages found");
        Assert.True(posted >= 5, $"only {posted} forms tried");
    }

    /// <summary>The actions of a page's POST forms in its body (the top bar's 退出 is the caller's own).</summary>
    private static IEnumerable<string> PostForms(string html) =>
        FormTag().Matches(html[Math.Max(0, html.IndexOf("<main", StringComparison.Ordinal))..])
            .Select(m => Action().Match(m.Value) is { Success: true } a ? WebUtility.HtmlDecode(a.Groups[1].Value) : "")
            .Where(a => !a.StartsWith("/logout", StringComparison.Ordinal));

    [GeneratedRegex("<form[^>]*method=\"post\"[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex FormTag();

    [GeneratedRegex("action=\"([^\"]*)\"")]
    private static partial Regex Action();
}
