namespace Responsibility.Api.Tests;

using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Responsibility.Grains.Abstractions;

/// <summary>
/// Text sent to the API loses control characters other than line breaks and tabs, and characters that do not show as
/// themselves (direction controls, zero-width characters), before it is stored.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class TextInputTests(SharedApi api)
{
    [Fact]
    public async Task NoteLosesControlCharactersKeepsTabsAndReadsWordsSoftBreakAsALineBreak()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var task = await brigade.AddCountTask("FZ-01", "fazhi", "Accountability", 10);
        var head = await brigade.SignIn("fazhi");

        var response = await head.Report(task, new { value = 1, note = "第一行\v第二行\r\n第三行\t完\u0001\u001b[31m\u007f" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var stored = await brigade.Admin.Read<EntryNote[]>($"/api/v1/tasks/{task.Id()}/progress");
        Assert.Equal("第一行\n第二行\n第三行\t完[31m", Assert.Single(stored).Note);
    }

    [Fact]
    public async Task UnitNameLosesControlCharacters()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();

        var response = await brigade.Admin.PutAsJsonAsync($"/api/v1/brigades/{brigade.Id}/units/fazhi", new { name = "法制\u0007室\u0000" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var org = await brigade.Admin.Read<OrgBody>($"/api/v1/brigades/{brigade.Id}");
        Assert.Equal("法制室", org.Units.Single(u => u.Id == "fazhi").Name);
    }

    [Theory]
    [InlineData('\u202A')]
    [InlineData('\u202E')]
    [InlineData('\u2066')]
    [InlineData('\u2069')]
    [InlineData('\u200B')]
    [InlineData('\u200D')]
    [InlineData('\u200F')]
    [InlineData('\u061C')]
    [InlineData('\u2060')]
    [InlineData('\uFEFF')]
    public async Task NoteTitleAndNameLoseDirectionControlsAndZeroWidthCharacters(char hidden)
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var task = await brigade.AddTask(new
        {
            year = DateTime.UtcNow.Year, code = $"FZ{hidden}-01", title = $"执法{hidden}质量检查", category = "执法监督", unitId = "fazhi",
            dutyLine = "Accountability", metric = new { kind = "Count", target = 12 },
            start = $"{DateTime.UtcNow.Year}-01-01", due = $"{DateTime.UtcNow.Year}-12-31",
        });
        await (await brigade.SignIn("fazhi")).Report(task, new { value = 1, note = $"本月完成率{hidden}%01{hidden}，已全部整改" });
        await brigade.Admin.PutAsJsonAsync($"/api/v1/brigades/{brigade.Id}/units/fazhi", new { name = $"法制{hidden}室" });

        // Read from the grains, as stored: the API's answers are cleaned on the way out as well.
        var grains = api.Factory.Services.GetRequiredService<IGrainFactory>();
        var stored = await grains.GetGrain<ITaskGrain>(task.Id()).GetRecord();
        var unit = (await grains.GetGrain<IBrigadeGrain>(brigade.Id).GetInfo()).Units.Single(u => u.Id == "fazhi");

        Assert.Equal(("FZ-01", "执法质量检查"), (stored.Definition.Code, stored.Definition.Title));
        Assert.Equal("本月完成率%01，已全部整改", Assert.Single(stored.Entries).Note);
        Assert.Equal("法制室", unit.Name);
    }

    private sealed record EntryNote(string Note);
}
