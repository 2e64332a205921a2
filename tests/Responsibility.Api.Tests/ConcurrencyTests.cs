namespace Responsibility.Api.Tests;

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

/// <summary>PATCH /tasks/{id} is guarded by the ETag from GET: stale → 412, missing → 428, current → applied.</summary>
[Collection(ApiCollection.Name)]
public sealed class ConcurrencyTests(SharedApi api)
{
    [Fact]
    public async Task PatchWithTheCurrentETagIsAppliedAndAnswersANewETag()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var task = await brigade.AddCountTask("FZ-01", "fazhi", "Accountability", 12);
        var etag = await ETagOf(brigade, task);

        var response = await Patch(brigade, task, new { title = "执法质量检查（修订）", target = 24 }, etag);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var newETag = response.Headers.ETag;
        Assert.NotNull(newETag);
        Assert.NotEqual(etag, newETag);
        Assert.Equal("执法质量检查（修订）", (await response.Read<TaskBody>()).Title);
        Assert.Equal(newETag, await ETagOf(brigade, task));
        Assert.Equal("执法质量检查（修订）", (await brigade.Admin.GetTask(task)).Title);
    }

    [Fact]
    public async Task PatchWithAStaleETagIsRefusedAndNothingChanges()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var task = await brigade.AddCountTask("FZ-01", "fazhi", "Accountability", 12);
        var stale = await ETagOf(brigade, task);
        (await Patch(brigade, task, new { title = "第一位修改者" }, stale)).EnsureSuccessStatusCode();
        var current = await ETagOf(brigade, task);

        var response = await Patch(brigade, task, new { title = "第二位修改者" }, stale);

        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
        Assert.Equal(412, (await response.Problem()).Status);
        Assert.Equal("第一位修改者", (await brigade.Admin.GetTask(task)).Title);
        Assert.Equal(current, await ETagOf(brigade, task));
    }

    [Fact]
    public async Task ProgressReportMakesAnEarlierETagStale()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var task = await brigade.AddCountTask("FZ-01", "fazhi", "Accountability", 12);
        var before = await ETagOf(brigade, task);
        var head = await brigade.SignIn("fazhi");
        (await head.Report(task, new { value = 3 })).EnsureSuccessStatusCode();

        var response = await Patch(brigade, task, new { target = 6 }, before);

        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
        Assert.Equal(0.25, (await brigade.Admin.GetTask(task)).Progress.Percent, 9);
    }

    [Fact]
    public async Task PatchWithoutIfMatchIsRefusedAsPreconditionRequiredAndNothingChanges()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var task = await brigade.AddCountTask("FZ-01", "fazhi", "Accountability", 12);
        var etag = await ETagOf(brigade, task);

        var response = await Patch(brigade, task, new { title = "没有版本号的修改" }, ifMatch: null);

        Assert.Equal((HttpStatusCode)428, response.StatusCode);
        Assert.Equal(428, (await response.Problem()).Status);
        Assert.Equal("任务 FZ-01", (await brigade.Admin.GetTask(task)).Title);
        Assert.Equal(etag, await ETagOf(brigade, task));
    }

    private static async Task<EntityTagHeaderValue> ETagOf(ApiBrigade brigade, JsonObject task)
    {
        var response = await brigade.Admin.GetAsync($"/api/v1/tasks/{task.Id()}");
        response.EnsureSuccessStatusCode();
        return response.Headers.ETag ?? throw new Xunit.Sdk.XunitException("GET /tasks/{id} answered without an ETag");
    }

    private static Task<HttpResponseMessage> Patch(ApiBrigade brigade, JsonObject task, object body, EntityTagHeaderValue? ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Patch, $"/api/v1/tasks/{task.Id()}") { Content = JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.IfMatch.Add(ifMatch);
        }

        return brigade.Admin.SendAsync(request);
    }
}
