namespace Responsibility.Api.Tests;

using System.Net;
using System.Net.Http.Json;

/// <summary>Text sent to the API loses control characters other than line breaks and tabs before it is stored.</summary>
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

    private sealed record EntryNote(string Note);
}
