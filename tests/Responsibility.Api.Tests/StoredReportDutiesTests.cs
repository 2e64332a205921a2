namespace Responsibility.Api.Tests;

using System.IO.Compression;
using System.Net;
using System.Text.Json.Nodes;

/// <summary>
/// A monthly report stored before leaders had 清单 and 履责纪实 (the fixture's October, Fixtures/README.md) still reads and
/// renders in every format, saying what it said then; a version generated now on the same folder reads the leader grains.
/// </summary>
public sealed class StoredReportDutiesTests
{
    [Fact]
    public async Task ReportStoredBeforeLeadersDutiesReadsAndRendersAsItDidAndANewVersionAddsThem()
    {
        var root = Path.Combine(Path.GetTempPath(), "responsibility-api-tests", Guid.NewGuid().ToString("N"));
        ZipFile.ExtractToDirectory(Path.Combine(AppContext.BaseDirectory, "Fixtures", "data-before-event-log.zip"), root);
        await using var factory = new ApiFactory(Path.Combine(root, "data"));
        var leader = await factory.SignIn("dadui", "demo12345");
        const string Stored = "/api/v1/brigades/zichuan/reports/monthly/2026-10?version=2";

        var answers = await Task.WhenAll(new[] { "json", "md", "html", "docx" }.Select(f => leader.GetAsync($"{Stored}&format={f}")));
        var json = JsonNode.Parse(await answers[0].Content.ReadAsStringAsync())!;
        var md = await answers[1].Content.ReadAsStringAsync();
        var generated = await leader.PostAsync("/api/v1/brigades/zichuan/reports/monthly/2026-10/generate", null);
        var fresh = JsonNode.Parse(await generated.Content.ReadAsStringAsync())!;

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        Assert.All(json["leaders"]!.AsArray(), l => Assert.Null(l!["duties"]));
        Assert.Contains("班子成员“一岗双责”落实情况", md);
        Assert.DoesNotContain("履责纪实", md);
        Assert.DoesNotContain("责任清单", md);
        Assert.Equal(HttpStatusCode.Created, generated.StatusCode);
        Assert.All(fresh["leaders"]!.AsArray(), l => Assert.Equal(0, (int)l!["duties"]!["itemCount"]!));
    }
}
