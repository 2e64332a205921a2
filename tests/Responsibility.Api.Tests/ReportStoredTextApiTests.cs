namespace Responsibility.Api.Tests;

using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Tasks;

/// <summary>
/// What older versions stored renders in every format, and reports name people as the brigade knows them. The api now
/// cleans its input, so such text is stored here through the grains, as an older version stored it.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ReportStoredTextApiTests(SharedApi api)
{
    private static readonly DateTime LastMonthStart = DateTime.UtcNow.AddHours(8).AddMonths(-1);
    private static readonly string LastMonth = LastMonthStart.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    [Fact]
    public async Task NoteWithAVerticalTabStoredByAnOlderVersionRendersInEveryFormat()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var grains = api.Factory.Services.GetRequiredService<IGrainFactory>();
        var first = new DateOnly(LastMonthStart.Year, LastMonthStart.Month, 1);
        var task = await brigade.AddTask(new
        {
            year = first.Year, code = "FZ-03", title = "下发执法质量检查通报", category = "执法监督", unitId = "fazhi",
            dutyLine = "Accountability", metric = new { kind = "Count", target = 12, unitLabel = "期" },
            start = first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            due = first.AddMonths(1).AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        });
        await grains.GetGrain<ITaskGrain>(task.Id()).ReportProgress(
            new ProgressReport(1, null, first.AddDays(2), "本月下发通报1期\v汇总滞后\u0001\f", null, null), brigade.Username("fazhi"));
        await grains.GetGrain<IBrigadeGrain>(brigade.Id).UpsertUnit(new UnitDefinition("fazhi", "法制\v室\u0002", "科室", "孙\v建华"), "older-version");
        var leader = await brigade.SignIn("dadui");
        (await leader.PostAsync($"/api/v1/brigades/{brigade.Id}/reports/monthly/{LastMonth}/generate", null)).EnsureSuccessStatusCode();

        var answers = await Task.WhenAll(new[] { "docx", "md", "html", "json" }.Select(f =>
            leader.GetAsync($"/api/v1/brigades/{brigade.Id}/reports/monthly/{LastMonth}?format={f}")));
        var md = await answers[1].Content.ReadAsStringAsync();

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        Assert.Equal("PK"u8.ToArray(), (await answers[0].Content.ReadAsByteArrayAsync())[..2]);
        Assert.Contains("最新进展：本月下发通报1期 汇总滞后。", md);
        Assert.DoesNotContain('\v', md + await answers[2].Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task TitleWithDirectionControlsStoredByAnOlderVersionShowsWithoutThemInJsonPagesAndReports()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var grains = api.Factory.Services.GetRequiredService<IGrainFactory>();
        var first = new DateOnly(LastMonthStart.Year, LastMonthStart.Month, 1);
        var task = await grains.GetGrain<IBrigadeGrain>(brigade.Id).CreateTask(
            new TaskDraft(
                first.Year, "FZ-09", "执法\u202E质量\u200B检查\u2066通报", "执法监督", "fazhi", null, DutyLine.Accountability,
                new Metric(MetricKind.Count, 12, "期", RateDirection.HigherIsBetter, []), 1, first, first.AddMonths(1).AddDays(-1), null, null),
            "older-version");
        var leader = await brigade.SignIn("dadui");
        (await leader.PostAsync($"/api/v1/brigades/{brigade.Id}/reports/monthly/{LastMonth}/generate", null)).EnsureSuccessStatusCode();

        var json = await leader.Read<TaskBody>($"/api/v1/tasks/{task.Definition.Id}");
        var page = await leader.GetStringAsync($"/tasks/{task.Definition.Id}");
        var reports = await Task.WhenAll(new[] { "md", "html" }.Select(f =>
            leader.GetStringAsync($"/api/v1/brigades/{brigade.Id}/reports/monthly/{LastMonth}?format={f}")));

        Assert.Contains("\u202E", task.Definition.Title);
        Assert.Equal("执法质量检查通报", json.Title);
        Assert.All(reports.Append(page), shown =>
        {
            Assert.Contains("执法质量检查通报", shown);
            Assert.DoesNotContain(shown, c => c is '\u202E' or '\u200B' or '\u2066');
            Assert.DoesNotMatch("&#x(202E|200B|2066);", shown);
        });
    }

    [Fact]
    public async Task ReportsAndTheReportsPageNamePeopleByDisplayName()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var username = $"wanglixia-{brigade.Id}";
        (await brigade.Admin.PutAsJsonAsync($"/api/v1/brigades/{brigade.Id}/users/{username}", new
        {
            displayName = "王立侠", password = ApiBrigade.Password, role = "BrigadeLeader", leaderId = "wang",
        })).EnsureSuccessStatusCode();
        var task = await brigade.AddCountTask("FZ-01", "fazhi", "Accountability", 12, "checks", DateTime.UtcNow.AddHours(8).Year);
        var head = await brigade.SignIn("fazhi");
        var wang = await api.Factory.SignIn(username, ApiBrigade.Password);
        var entry = (await (await head.Report(task, new { value = 1, note = "检查1次" })).Read<EntryWithTaskBody>()).Entry;
        (await wang.PostAsJsonAsync($"/api/v1/tasks/{task.Id()}/progress/{entry.Id}/return", new { reason = "无佐证材料" })).EnsureSuccessStatusCode();
        (await wang.PostAsync($"/api/v1/brigades/{brigade.Id}/reports/monthly/{LastMonth}/generate", null)).EnsureSuccessStatusCode();

        var thisMonth = DateTime.UtcNow.AddHours(8).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var preview = await head.GetStringAsync($"/api/v1/brigades/{brigade.Id}/reports/monthly/{thisMonth}?preview=true&format=md");
        var list = await head.GetFromJsonAsync<JsonArray>($"/api/v1/brigades/{brigade.Id}/reports/monthly");
        var page = await wang.GetStringAsync($"/b/{brigade.Id}/reports");

        Assert.Contains("王立侠退回：无佐证材料", preview);
        Assert.DoesNotContain(username, preview);
        Assert.Equal(("王立侠", username), ((string)list![0]!["generatedByName"]!, (string)list[0]!["latestGeneratedBy"]!));
        Assert.Contains("<td>王立侠</td>", page);
        Assert.DoesNotContain($"<td>{username}</td>", page);
    }
}
