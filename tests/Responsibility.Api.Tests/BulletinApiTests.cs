namespace Responsibility.Api.Tests;

using System.Net;
using System.Net.Http.Json;

/// <summary>
/// 通报 through the API: drafted from the data, edited while a draft, issued under the brigade's number of the year and
/// frozen; numbered without gap or repeat when many are issued at once; hostile input refused naming the field.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class BulletinApiTests(SharedApi api)
{
    private static readonly int Year = DateTime.UtcNow.AddHours(8).Year;

    [Fact]
    public async Task DraftEditIssueThenEditIsRefusedAndTheNumberIsTheYearsFirst()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var dadui = await brigade.SignIn("dadui");

        var created = await dadui.PostAsJsonAsync($"/api/v1/brigades/{brigade.Id}/bulletins", new { kind = "Criticism" });
        var draft = await created.Content.ReadFromJsonAsync<BulletinBody>(Json.Options);
        var edited = await dadui.PutAsJsonAsync($"/api/v1/bulletins/{draft!.Id}", new { title = "关于工作落实情况的通报", body = "一、基本情况\n\n各单位按要求推进。" });
        var issued = await (await dadui.PostAsync($"/api/v1/bulletins/{draft.Id}/issue", null)).Content.ReadFromJsonAsync<BulletinBody>(Json.Options);
        var refused = await dadui.PutAsJsonAsync($"/api/v1/bulletins/{draft.Id}", new { title = "改标题", body = "改正文" });
        var again = await dadui.PostAsync($"/api/v1/bulletins/{draft.Id}/issue", null);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal($"/api/v1/bulletins/{draft.Id}", created.Headers.Location!.OriginalString);
        Assert.Equal(("Draft", null, "Criticism"), (draft.State, draft.Number, draft.Kind));
        Assert.StartsWith("关于", draft.Title, StringComparison.Ordinal);
        Assert.Contains("未发现整改逾期", draft.Body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.Equal(("Issued", $"〔{Year}〕第1期", 1, "关于工作落实情况的通报"), (issued!.State, issued.Number, issued.Sequence, issued.Title));
        Assert.Equal("dadui", issued.IssuedByName);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal($"〔{Year}〕第1期", (await again.Content.ReadFromJsonAsync<BulletinBody>(Json.Options))!.Number);
        var stored = await dadui.Read<BulletinBody>($"/api/v1/bulletins/{draft.Id}");
        Assert.Equal(("关于工作落实情况的通报", "一、基本情况\n\n各单位按要求推进。"), (stored.Title, stored.Body));
    }

    [Fact]
    public async Task TwentyDraftsIssuedAtOnceAreNumberedOneToTwenty()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var dadui = await brigade.SignIn("dadui");
        var ids = new List<string>();
        for (var i = 0; i < 20; i++)
        {
            var created = await dadui.PostAsJsonAsync($"/api/v1/brigades/{brigade.Id}/bulletins", new { kind = i % 2 == 0 ? "Commendation" : "Criticism" });
            ids.Add((await created.Content.ReadFromJsonAsync<BulletinBody>(Json.Options))!.Id);
        }

        var issued = await Task.WhenAll(ids.Select(async id =>
            (await (await dadui.PostAsync($"/api/v1/bulletins/{id}/issue", null)).Content.ReadFromJsonAsync<BulletinBody>(Json.Options))!));

        Assert.Equal(Enumerable.Range(1, 20), issued.Select(b => b.Sequence!.Value).Order());
        var listed = await dadui.Read<BulletinBody[]>($"/api/v1/brigades/{brigade.Id}/bulletins?year={Year}");
        Assert.Equal(Enumerable.Range(1, 20).Select(n => $"〔{Year}〕第{n}期"), listed.Select(b => b.Number));
    }

    [Fact]
    public async Task DocumentIsServedAsMarkdownHtmlAndWordWithTheNumberOrTheDraftMark()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var dadui = await brigade.SignIn("dadui");
        var draft = await Draft(dadui, brigade.Id, "Commendation");

        var draftMd = await dadui.GetStringAsync($"/api/v1/bulletins/{draft.Id}?format=md");
        await dadui.PostAsync($"/api/v1/bulletins/{draft.Id}/issue", null);
        var md = await dadui.GetStringAsync($"/api/v1/bulletins/{draft.Id}?format=md");
        var html = await dadui.GetStringAsync($"/api/v1/bulletins/{draft.Id}?format=html");
        var docx = await dadui.GetAsync($"/api/v1/bulletins/{draft.Id}?format=docx");
        var bad = await dadui.GetAsync($"/api/v1/bulletins/{draft.Id}?format=pdf");

        Assert.Contains("（征求意见稿）", draftMd, StringComparison.Ordinal);
        Assert.Contains("淄博市公安局交通警察支队淄川大队通报", md, StringComparison.Ordinal);
        Assert.Contains($"〔{Year}〕第1期", md, StringComparison.Ordinal);
        Assert.DoesNotContain("征求意见稿", md, StringComparison.Ordinal);
        Assert.Contains("下载 Word", html, StringComparison.Ordinal);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.Content.Headers.ContentType!.MediaType);
        Assert.Contains(".docx", docx.Content.Headers.ContentDisposition!.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("format", (await bad.Problem()).Errors!.Keys);
    }

    public static TheoryData<string, object> BadDrafts => new()
    {
        { "kind", new { } },
        { "kind", new { kind = "Praise" } },
        { "inspectionId", new { kind = "Situation" } },
        { "inspectionId", new { kind = "Situation", inspectionId = "../../etc/passwd" } },
        { "inspectionId", new { kind = "Situation", inspectionId = "019a6d0c1b2a39485766554433221100" } },
        { "inspectionId", new { kind = "Criticism", inspectionId = "019a6d0c1b2a39485766554433221100" } },
        { "title", new { kind = "Criticism", title = new string('标', 201) } },
    };

    [Theory]
    [MemberData(nameof(BadDrafts))]
    public async Task BadDraftIsRefusedNamingTheFieldAndNothingIsKept(string field, object body)
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var dadui = await brigade.SignIn("dadui");

        var response = await dadui.PostAsJsonAsync($"/api/v1/brigades/{brigade.Id}/bulletins", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains((await response.Problem()).Errors!.Keys, k => k.Equals(field, StringComparison.OrdinalIgnoreCase) || k.EndsWith(field, StringComparison.OrdinalIgnoreCase));
        Assert.Empty(await dadui.Read<BulletinBody[]>($"/api/v1/brigades/{brigade.Id}/bulletins"));
    }

    public static TheoryData<string, object> BadEdits => new()
    {
        { "title", new { title = "", body = "正文" } },
        { "title", new { title = new string('标', 201), body = "正文" } },
        { "body", new { title = "标题", body = "   " } },
        { "body", new { title = "标题", body = new string('文', 20_001) } },
        { "body", new { title = "标题", body = 12 } },
    };

    [Theory]
    [MemberData(nameof(BadEdits))]
    public async Task BadEditIsRefusedNamingTheFieldAndTheDraftStaysAsItWas(string field, object body)
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var dadui = await brigade.SignIn("dadui");
        var draft = await Draft(dadui, brigade.Id, "Criticism");

        var response = await dadui.PutAsJsonAsync($"/api/v1/bulletins/{draft.Id}", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains((await response.Problem()).Errors!.Keys, k => k.Equals(field, StringComparison.OrdinalIgnoreCase) || k.EndsWith(field, StringComparison.OrdinalIgnoreCase));
        var stored = await dadui.Read<BulletinBody>($"/api/v1/bulletins/{draft.Id}");
        Assert.Equal((draft.Title, draft.Body, 1), (stored.Title, stored.Body, stored.Version));
    }

    [Fact]
    public async Task HostileTextIsCleanedAndRendersLiterallyAndAHugeBodyIsTooLarge()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var dadui = await brigade.SignIn("dadui");
        var draft = await Draft(dadui, brigade.Id, "Criticism");

        await dadui.PutAsJsonAsync($"/api/v1/bulletins/{draft.Id}", new { title = "<script>alert(1)</script>通报\u0001", body = "一、<img src=x onerror=alert(1)>\u202E" });
        var stored = await dadui.Read<BulletinBody>($"/api/v1/bulletins/{draft.Id}");
        var html = await dadui.GetStringAsync($"/api/v1/bulletins/{draft.Id}?format=html");
        var huge = await dadui.PutAsJsonAsync($"/api/v1/bulletins/{draft.Id}", new { title = "标题", body = new string('文', 300_000) });
        var unknown = await dadui.GetAsync("/api/v1/bulletins/..%2F..%2Fetc");
        var missing = await dadui.PostAsync("/api/v1/bulletins/019a6d0c1b2a39485766554433221100/issue", null);
        var badYear = await dadui.GetAsync($"/api/v1/brigades/{brigade.Id}/bulletins?year=99999");

        Assert.DoesNotContain('\u0001', stored.Title);
        Assert.DoesNotContain('\u202E', stored.Body);
        Assert.DoesNotContain("<script>alert", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.True(huge.StatusCode is HttpStatusCode.RequestEntityTooLarge or HttpStatusCode.BadRequest, $"{huge.StatusCode}");
        Assert.Equal(stored.Body, (await dadui.Read<BulletinBody>($"/api/v1/bulletins/{draft.Id}")).Body);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badYear.StatusCode);
    }

    internal static async Task<BulletinBody> Draft(HttpClient client, string brigadeId, string kind)
    {
        var response = await client.PostAsJsonAsync($"/api/v1/brigades/{brigadeId}/bulletins", new { kind });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<BulletinBody>(Json.Options))!;
    }

    internal sealed record BulletinBody(
        string Id, string Kind, string State, string? Number, int? Sequence, string Title, string Body, string? IssuedByName, int Version);
}
