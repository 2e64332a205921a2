namespace Responsibility.Api.Tests;

using System.Net;
using System.Text;

/// <summary>Query strings and content types are input too: a bad one answers a problem naming what was wrong.</summary>
[Collection(ApiCollection.Name)]
public sealed class QueryValidationTests(SharedApi api)
{
    [Theory]
    [InlineData("rollup?asOf=2024-13-45", "asOf")]
    [InlineData("rollup?asOf=yesterday", "asOf")]
    [InlineData("rollup?year=twenty", "year")]
    [InlineData("tasks?status=Purple", "status")]
    [InlineData("units/fazhi/rollup?asOf=2024-02-30", "asOf")]
    public async Task UnreadableQueryValueIsRejectedNamingTheParameter(string query, string field)
    {
        var brigade = await new ApiBrigade(api.Factory).Create();

        var response = await brigade.Admin.GetAsync($"/api/v1/brigades/{brigade.Id}/{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([field], (await response.Problem()).Errors!.Keys);
    }

    [Fact]
    public async Task ReportSentAsPlainTextIsRefusedAsAnUnsupportedMediaTypeAndNothingIsStored()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var task = await brigade.AddCountTask("FZ-01", "fazhi", "Accountability", 10);
        var head = await brigade.SignIn("fazhi");

        var response = await head.PostAsync(
            $"/api/v1/tasks/{task.Id()}/progress", new StringContent("""{"value":2}""", Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal(415, (await response.Problem()).Status);
        Assert.Empty(await brigade.Admin.Entries(task));
    }

    [Fact]
    public async Task ReportWithoutABodyIsRejectedAndNothingIsStored()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var task = await brigade.AddCountTask("FZ-01", "fazhi", "Accountability", 10);
        var head = await brigade.SignIn("fazhi");

        var response = await head.PostAsync(
            $"/api/v1/tasks/{task.Id()}/progress", new StringContent("", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty((await response.Problem()).Errors!);
        Assert.Empty(await brigade.Admin.Entries(task));
    }
}
