namespace Responsibility.Api.Tests;

using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Tasks;

/// <summary>GET …/progress answers a page of entries, newest recorded first, and links the next one; so does the task page.</summary>
[Collection(ApiCollection.Name)]
public sealed partial class ProgressPagingApiTests(SharedApi api)
{
    [Fact]
    public async Task EntriesComeNewestFirstInPagesWhoseLinkHeaderLeadsToTheNextUntilTheOldest()
    {
        var (brigade, task) = await TaskWithEntries(5);
        var head = await brigade.SignIn("fazhi");

        var first = await head.GetAsync($"/api/v1/tasks/{task.Id()}/progress?limit=2");
        var second = await head.GetAsync(Next(first));
        var last = await head.GetAsync(Next(second));

        Assert.Equal(["5", "4"], await Notes(first));
        Assert.Equal(["3", "2"], await Notes(second));
        Assert.Equal(["1"], await Notes(last));
        Assert.False(last.Headers.Contains("Link"));
        Assert.Equal(HttpStatusCode.OK, last.StatusCode);
    }

    [Fact]
    public async Task WithoutALimitTheNewestHundredComeAsAPlainArray()
    {
        var (brigade, task) = await TaskWithEntries(101);
        var head = await brigade.SignIn("fazhi");

        var response = await head.GetAsync($"/api/v1/tasks/{task.Id()}/progress");

        var notes = await Notes(response);
        Assert.Equal(100, notes.Length);
        Assert.Equal(("101", "2"), (notes[0], notes[^1]));
        Assert.Contains("cursor=", Next(response));
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=501", "limit")]
    [InlineData("limit=many", "limit")]
    [InlineData("cursor=abc", "cursor")]
    [InlineData("cursor=0", "cursor")]
    [InlineData("cursor=-3", "cursor")]
    public async Task ABadLimitOrCursorIsABadRequestNamingIt(string query, string field)
    {
        var (brigade, task) = await TaskWithEntries(1);
        var head = await brigade.SignIn("fazhi");

        var response = await head.GetAsync($"/api/v1/tasks/{task.Id()}/progress?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([field], (await response.Problem()).Errors!.Keys);
    }

    [Fact]
    public async Task TheTaskPageShowsTheLatestTwentyAndLinksTheOlderOnes()
    {
        var (brigade, task) = await TaskWithEntries(25);
        var leader = await brigade.SignIn("dadui");

        var latest = await leader.GetStringAsync($"/tasks/{task.Id()}");
        var older = await leader.GetStringAsync(WebUtility.HtmlDecode(OlderLink().Match(latest).Groups["href"].Value).Split('#')[0]);

        Assert.Equal(20, EntryItems().Count(latest));
        Assert.Contains("<p class=\"note\">25</p>", latest);
        Assert.DoesNotContain("<p class=\"note\">5</p>", latest);
        Assert.Equal(5, EntryItems().Count(older));
        Assert.Contains("<p class=\"note\">5</p>", older);
        Assert.Contains("最新填报", older);
        Assert.DoesNotMatch(OlderLink(), older);
    }

    /// <summary>A task of the brigade's fazhi unit with entries "1" (oldest) to <paramref name="count"/>, stored through its grain.</summary>
    private async Task<(ApiBrigade Brigade, JsonObject Task)> TaskWithEntries(int count)
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var task = await brigade.AddCountTask("FZ-01", "fazhi", "Accountability", 1000);
        var grain = api.Factory.Services.GetRequiredService<IGrainFactory>().GetGrain<ITaskGrain>(task.Id());
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        for (var i = 1; i <= count; i++)
        {
            await grain.ReportProgress(new ProgressReport(1, null, today, $"{i}", null, null), brigade.Username("fazhi"));
        }

        return (brigade, task);
    }

    private static async Task<string[]> Notes(HttpResponseMessage response)
    {
        response.EnsureSuccessStatusCode();
        return [.. (await response.Read<JsonArray>()).Select(e => (string)e!["note"]!)];
    }

    private static string Next(HttpResponseMessage response)
    {
        var link = Assert.Single(response.Headers.GetValues("Link"));
        var match = NextLink().Match(link);
        Assert.True(match.Success, link);
        return match.Groups["uri"].Value;
    }

    [GeneratedRegex("^<(?<uri>[^>]+)>; rel=\"next\"$")]
    private static partial Regex NextLink();

    [GeneratedRegex("<li class=\"entry ")]
    private static partial Regex EntryItems();

    [GeneratedRegex("id=\"entries-older\" href=\"(?<href>[^\"]+)\"")]
    private static partial Regex OlderLink();
}
