namespace Responsibility.Api.Tests;

using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

/// <summary>
/// 考核 through the API (SPEC §6 Appraisal): the scheme saved, read and copied; 自评分 and 考核组评分 apart; the lock and
/// adjustments with their Idempotency-Key; what a reader sees of a subject's details; hostile input refused naming the field.
/// Periods of <see cref="Year"/> (last year) have all ended by the test clock; the current year's Q4 has not.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class AppraisalApiTests(SharedApi api)
{
    public static readonly int Year = DateTime.UtcNow.Year - 1;

    public static object Scheme(string period = "Quarter") => new
    {
        period,
        grades = new { excellent = 90, competent = 75, basic = 60 },
        indicators = new object[]
        {
            new { code = "1", name = "党风廉政建设", maxPoints = 60, subjects = "Units" },
            new { code = "1.1", name = "责任落实", parent = "1", maxPoints = 30, subjects = "Units", standard = "缺一项扣 2 分" },
            new { code = "1.2", name = "廉政教育", parent = "1", maxPoints = 30, subjects = "Units" },
            new { code = "2", name = "通报批评", maxPoints = 40, subjects = "Units", rule = new { kind = "Criticised", points = -2, @base = 30 } },
            new { code = "L1", name = "履职尽责", maxPoints = 100, subjects = "Leaders" },
        },
    };

    public static string Root(ApiBrigade brigade, int? year = null) => $"/api/v1/brigades/{brigade.Id}/appraisal/{year ?? Year}";

    private static Task PutScheme(ApiBrigade brigade, int? year = null) => AppraisalCalls.PutScheme(brigade, year);

    [Fact]
    public async Task SchemeIsSavedReadByEveryoneAndCopiedOnce()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        await PutScheme(brigade);

        var read = await (await brigade.SignIn("viewer")).Read<JsonObject>($"{Root(brigade)}/scheme");
        var copied = await brigade.Admin.PostAsync($"{Root(brigade, Year + 1)}/scheme/copy", null);
        var again = await brigade.Admin.PostAsync($"{Root(brigade, Year + 1)}/scheme/copy?from={Year}", null);
        var nothing = await brigade.Admin.PostAsync($"{Root(brigade, Year + 3)}/scheme/copy?from=2001", null);

        Assert.Equal(5, read["indicators"]!.AsArray().Count);
        Assert.Equal("Units", (string)read["indicators"]![1]!["subjects"]!);
        Assert.Equal([$"{Year}-Q1", $"{Year}-Q2", $"{Year}-Q3", $"{Year}-Q4"], read["periods"]!.AsArray().Select(p => (string)p!));
        Assert.Equal(HttpStatusCode.OK, copied.StatusCode);
        Assert.Equal(Year + 1, (int)(await copied.Body())["year"]!);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, nothing.StatusCode);
        Assert.Contains("from", (await nothing.Problem()).Errors!.Keys);
    }

    [Fact]
    public async Task SelfAndReviewAreKeptApartAndADifferenceNeedsAReason()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        await PutScheme(brigade);
        var fazhi = await brigade.SignIn("fazhi");
        var dadui = await brigade.SignIn("dadui");
        var period = $"{Root(brigade)}/{Year}-Q1";

        (await fazhi.PutAsJsonAsync($"{period}/self/units/fazhi", new { lines = new[] { new { indicator = "1.1", points = 28, note = "已落实", attachmentIds = Array.Empty<string>() } } })).EnsureSuccessStatusCode();
        var noReason = await dadui.PutAsJsonAsync($"{period}/review/units/fazhi", new { lines = new[] { new { indicator = "1.1", points = 25 } } });
        var reviewed = await dadui.PutAsJsonAsync($"{period}/review/units/fazhi", new { lines = new[] { new { indicator = "1.1", points = 25, reason = "缺两项" } } });
        var early = await fazhi.PutAsJsonAsync($"{Root(brigade, DateTime.UtcNow.Year)}/{DateTime.UtcNow.Year}-Q4/self/units/fazhi", new { lines = Array.Empty<object>() });

        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains("lines[0].reason", (await noReason.Problem()).Errors!.Keys);
        reviewed.EnsureSuccessStatusCode();
        var scores = await (await brigade.SignIn("viewer")).Read<JsonObject>($"{Root(brigade)}/scores?period={Year}-Q1&subjects=Units");
        var line = scores["scores"]!.AsArray().Single(s => (string)s!["subject"]!["id"]! == "fazhi")!["lines"]!.AsArray().Single(l => (string)l!["indicator"]! == "1.1")!;
        Assert.Equal((28m, 25m, 25m), ((decimal)line["self"]!["points"]!, (decimal)line["review"]!["points"]!, (decimal)line["points"]!));
        Assert.Null(line["self"]!["note"]);
        var own = await fazhi.Read<JsonObject>($"{Root(brigade)}/scores?period={Year}-Q1&subjects=Units");
        Assert.Equal("已落实", (string)own["scores"]!.AsArray().Single(s => (string)s!["subject"]!["id"]! == "fazhi")!["lines"]!.AsArray()
            .Single(l => (string)l!["indicator"]! == "1.1")!["self"]!["note"]!);
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
    }

    [Fact]
    public async Task LockThenAdjustmentsWithWhoAndWhyAndRetriesCountOnce()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        await PutScheme(brigade);
        var dadui = await brigade.SignIn("dadui");
        var period = $"{Root(brigade)}/{Year}-Q2";

        var locked = await Send(dadui, HttpMethod.Post, $"{period}/lock", null, "lock-key");
        var retried = await Send(dadui, HttpMethod.Post, $"{period}/lock", null, "lock-key");
        var relocked = await dadui.PostAsync($"{period}/lock", null);
        var body = new { subject = new { kind = "Units", id = "xuanchuan" }, indicator = "1.2", points = -2.5, reason = "台账不全" };
        var adjusted = await Send(dadui, HttpMethod.Post, $"{period}/adjustments", body, "adj-key");
        var again = await Send(dadui, HttpMethod.Post, $"{period}/adjustments", body, "adj-key");
        var other = await Send(dadui, HttpMethod.Post, $"{period}/adjustments", body with { points = 1 }, "adj-key");
        var review = await dadui.PutAsJsonAsync($"{period}/review/units/fazhi", new { lines = new[] { new { indicator = "1.1", points = 25, reason = "x" } } });

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.Conflict), (locked.StatusCode, retried.StatusCode, relocked.StatusCode));
        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.UnprocessableEntity), (adjusted.StatusCode, again.StatusCode, other.StatusCode));
        Assert.Equal(HttpStatusCode.Conflict, review.StatusCode);
        var first = await adjusted.Body();
        Assert.Equal(((string)first["id"]!, brigade.Username("dadui"), "台账不全"), ((string)(await again.Body())["id"]!, (string)first["by"]!, (string)first["reason"]!));
        var scores = await dadui.Read<JsonObject>($"{Root(brigade)}/scores?period={Year}-Q2");
        Assert.True((bool)scores["locked"]!);
        var line = scores["scores"]!.AsArray().Single(s => (string)s!["subject"]!["id"]! == "xuanchuan")!["lines"]!.AsArray().Single(l => (string)l!["indicator"]! == "1.2")!;
        Assert.Equal((-2.5m, 1), ((decimal)line["points"]!, line["adjustments"]!.AsArray().Count));
    }

    public static TheoryData<string, string, string, string> Hostile => new()
    {
        // method, path (after the year's root), body, the field named
        { "PUT", "/scheme", "{\"period\":\"Quarter\",\"grades\":{\"excellent\":90,\"competent\":75,\"basic\":60},\"indicators\":[{\"code\":\"1\",\"name\":\"a\",\"maxPoints\":1e40,\"subjects\":\"Units\"}]}", "indicators[0].maxPoints" },
        { "PUT", "/scheme", "{\"period\":\"Quarter\",\"grades\":{\"excellent\":\"NaN\",\"competent\":75,\"basic\":60},\"indicators\":[]}", "grades.excellent" },
        { "PUT", "/scheme", "{\"period\":\"Quarter\",\"grades\":{\"excellent\":90,\"competent\":75,\"basic\":60},\"indicators\":[{\"code\":\"1\",\"name\":\"a\",\"maxPoints\":5000,\"subjects\":\"Units\"}]}", "indicators[0].maxPoints" },
        { "PUT", "/scheme", "{\"period\":\"Month\",\"grades\":{\"excellent\":90,\"competent\":75,\"basic\":60},\"indicators\":[]}", "period" },
        { "PUT", "/scheme", "{\"period\":\"Quarter\",\"grades\":{\"excellent\":50,\"competent\":75,\"basic\":60},\"indicators\":[]}", "grades.competent" },
        { "PUT", "/scheme", "{\"period\":\"Quarter\",\"grades\":{\"excellent\":90,\"competent\":75,\"basic\":60},\"indicators\":[{\"code\":\"1\",\"name\":\"a\",\"maxPoints\":5,\"subjects\":\"Units\",\"rule\":{\"kind\":\"Bribe\",\"points\":1}}]}", "indicators[0].rule.kind" },
        { "PUT", "/{p}/self/units/fazhi", "{\"lines\":[{\"indicator\":\"9.9\",\"points\":1}]}", "lines[0].indicator" },
        { "PUT", "/{p}/self/units/fazhi", "{\"lines\":[{\"indicator\":\"1.1\",\"points\":31}]}", "lines[0].points" },
        { "PUT", "/{p}/self/units/fazhi", "{\"lines\":[{\"indicator\":\"1.1\",\"points\":\"Infinity\"}]}", "lines[0].points" },
        { "PUT", "/{p}/self/units/fazhi", "{\"lines\":[{\"indicator\":\"1.1\",\"points\":-1}]}", "lines[0].points" },
        { "PUT", "/2099-Q1/self/units/fazhi", "{\"lines\":[]}", "period" },
        { "PUT", "/{p}x/self/units/fazhi", "{\"lines\":[]}", "period" },
        { "PUT", "/{p}/self/robots/fazhi", "{\"lines\":[]}", "subjectKind" },
        { "PUT", "/{p}/review/units/fazhi", "{\"lines\":[{\"indicator\":\"1.1\",\"points\":99999999999999999999999}]}", "lines[0].points" },
        { "POST", "/{p}/adjustments", "{\"subject\":{\"kind\":\"Units\",\"id\":\"fazhi\"},\"indicator\":\"1.1\",\"points\":1}", "reason" },
        { "GET", "/scores?period=2020-Q9", "", "period" },
        { "GET", "/scores?period={p}&subjects=Everyone", "", "subjects" },
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task HostileInputIsRefusedNamingTheFieldAndChangesNothing(string method, string path, string body, string field)
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        await PutScheme(brigade);
        var client = path.Contains("/self/", StringComparison.Ordinal) ? await brigade.SignIn("fazhi") : brigade.Admin;
        if (path.Contains("/review/", StringComparison.Ordinal) || path.Contains("/adjustments", StringComparison.Ordinal))
        {
            client = await brigade.SignIn("dadui");
        }

        var before = await brigade.Admin.GetStringAsync($"{Root(brigade)}/scheme");
        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), Root(brigade) + path.Replace("{p}", $"{Year}-Q1", StringComparison.Ordinal))
        {
            Content = method == "GET" ? null : new StringContent(body, Encoding.UTF8, "application/json"),
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains((await response.Problem()).Errors!.Keys, k => k.Equals(field, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(before, await brigade.Admin.GetStringAsync($"{Root(brigade)}/scheme"));
    }

    [Fact]
    public async Task TenThousandIndicatorsAndUnknownSubjectsAreRefused()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        await PutScheme(brigade);
        var many = new
        {
            period = "Quarter",
            grades = new { excellent = 90, competent = 75, basic = 60 },
            indicators = Enumerable.Range(0, 10_000).Select(i => new { code = $"X{i}", name = "项", maxPoints = 0, subjects = "Units" }),
        };

        var tooMany = await brigade.Admin.PutAsJsonAsync($"{Root(brigade)}/scheme", many);
        var unknownUnit = await (await brigade.SignIn("dadui")).PutAsJsonAsync($"{Root(brigade)}/{Year}-Q1/review/units/nobody", new { lines = Array.Empty<object>() });
        var unknownLeader = await (await brigade.SignIn("dadui")).PostAsJsonAsync(
            $"{Root(brigade)}/{Year}-Q1/adjustments", new { subject = new { kind = "Leaders", id = "nobody" }, indicator = "L1", points = 1, reason = "x" });

        Assert.True(tooMany.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge, tooMany.StatusCode.ToString());
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (unknownUnit.StatusCode, unknownLeader.StatusCode));
    }

    private static Task<HttpResponseMessage> Send(HttpClient client, HttpMethod method, string path, object? body, string key)
    {
        var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        return client.SendAsync(request);
    }
}

/// <summary>The calls the 考核 tests share.</summary>
public static class AppraisalCalls
{
    public static async Task PutScheme(ApiBrigade brigade, int? year = null) =>
        (await brigade.Admin.PutAsJsonAsync($"{AppraisalApiTests.Root(brigade, year)}/scheme", AppraisalApiTests.Scheme())).EnsureSuccessStatusCode();
}
