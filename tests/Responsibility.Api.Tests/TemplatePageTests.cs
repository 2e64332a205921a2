namespace Responsibility.Api.Tests;

using System.Net;
using static Responsibility.Api.Tests.PageForms;

/// <summary>
/// The 上级交办 pages: the DetachmentAdmin hands a task down with the form and reads the brigades compared; a
/// DetachmentViewer reads without the form; the brigade sees 支队交办 on the task page; another detachment finds nothing.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class TemplatePageTests(SharedApi api)
{
    private static readonly int Year = DateTime.UtcNow.AddHours(8).Year;

    [Fact]
    public async Task TheAdminHandsATaskDownWithTheFormAndTheTemplatePageComparesTheBrigades()
    {
        var d = await TemplateDetachment.Create(api.Factory, 2);
        var admin = await SignInToPages(api.Factory, d.Username("DetachmentAdmin"));
        var form = await admin.GetStringAsync($"/d/{d.Id}/templates");

        var posted = await admin.PostAsync($"/d/{d.Id}/templates", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Template.Year"] = $"{Year}", ["Template.Code"] = "ZD-P1", ["Template.Title"] = "电动自行车头盔佩戴专项整治",
            ["Template.Category"] = "秩序整治", ["Template.DutyLine"] = "Business", ["Template.Target"] = "8", ["Template.UnitLabel"] = "次",
            ["Template.Start"] = $"{Year}-01-01", ["Template.Due"] = $"{Year}-12-31",
            ["__RequestVerificationToken"] = Token(form),
        }));

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var page = posted.Headers.Location!.ToString();
        Assert.StartsWith($"/d/{d.Id}/templates/", page, StringComparison.Ordinal);
        var listed = await d.Admin.Read<System.Text.Json.Nodes.JsonObject[]>($"/api/v1/detachments/{d.Id}/templates");
        var instanceId = (string)Assert.Single(listed)["instances"]![0]!["id"]!;
        var assign = new HttpRequestMessage(HttpMethod.Patch, $"/api/v1/tasks/{instanceId}") { Content = System.Net.Http.Json.JsonContent.Create(new { unitId = "fazhi" }) };
        assign.Headers.TryAddWithoutValidation("If-Match", "*");
        (await d.Clerks[0].SendAsync(assign)).EnsureSuccessStatusCode();
        var compared = await admin.GetStringAsync(page);
        Assert.Contains("电动自行车头盔佩戴专项整治", compared, StringComparison.Ordinal);
        Assert.Matches($"id=\"brigade-{d.Brigades[0].Id}\">[\\s\\S]*?法制室[\\s\\S]*?王立侠", compared);
        Assert.Matches($"id=\"brigade-{d.Brigades[1].Id}\">[\\s\\S]*?待分配", compared);
        Assert.Contains("电动自行车头盔佩戴专项整治", await admin.GetStringAsync($"/d/{d.Id}/templates"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AViewerReadsWithoutTheFormTheBrigadeSeesTheMarkAndAnotherDetachmentFindsNothing()
    {
        var d = await TemplateDetachment.Create(api.Factory, 1);
        var other = await TemplateDetachment.Create(api.Factory, 0);
        var template = await d.Publish(TemplateApiTests.Body("ZD-P2", 10));
        var instanceId = (string)template["instances"]![0]!["id"]!;

        var viewerHtml = await (await d.SignIn("DetachmentViewer")).GetStringAsync($"/d/{d.Id}/templates");
        var adminHtml = await d.Admin.GetStringAsync($"/d/{d.Id}/templates");
        var taskHtml = await d.Clerks[0].GetStringAsync($"/tasks/{instanceId}");
        var elsewhere = await other.Admin.GetAsync($"/d/{d.Id}/templates/{template.Id()}");

        Assert.Contains("酒驾醉驾百日攻坚集中统一行动", viewerHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("交办各大队", viewerHtml, StringComparison.Ordinal);
        Assert.Contains("交办各大队", adminHtml, StringComparison.Ordinal);
        Assert.Contains("支队交办</span>", taskHtml, StringComparison.Ordinal);
        Assert.Contains("id=\"task-source\"", taskHtml, StringComparison.Ordinal);
        Assert.Contains("id=\"assign-task\"", taskHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);
    }
}
