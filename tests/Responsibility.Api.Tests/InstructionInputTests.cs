namespace Responsibility.Api.Tests;

using System.Net;
using System.Net.Http.Json;

/// <summary>Hostile or careless input on instructions: a 400 naming the field, and nothing stored.</summary>
[Collection(ApiCollection.Name)]
public sealed class InstructionInputTests(SharedApi api)
{
    public static TheoryData<string, object> BadInstructions => new()
    {
        { "text", new { text = "" } },
        { "text", new { text = "   " } },
        { "text", new { text = new string('批', 2001) } },
        { "dueDate", new { text = "按时办理", dueDate = "2024-02-30" } },
        { "dueDate", new { text = "按时办理", dueDate = "1999-12-31" } },
        { "dueDate", new { text = "按时办理", dueDate = ApiInstructions.Today(-1) } },
        { "dueDate", new { text = "按时办理", dueDate = ApiInstructions.Today(365 * 6) } },
        { "text", new { text = 12 } },
    };

    [Theory]
    [MemberData(nameof(BadInstructions))]
    public async Task BadInstructionIsRefusedNamingTheFieldAndNothingIsStored(string field, object body)
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var dadui = await brigade.SignIn("dadui");

        var response = await dadui.PostAsJsonAsync($"/api/v1/brigades/{brigade.Id}/units/fazhi/instructions", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, (await response.Problem()).Errors!.Keys);
        Assert.Empty(await dadui.Read<InstructionBody[]>($"/api/v1/brigades/{brigade.Id}/instructions"));
    }

    public static TheoryData<string, object> BadAnswers => new()
    {
        { "text", new { text = "" } },
        { "text", new { text = new string('答', 2001) } },
        { "attachmentIds", new { text = "已办", attachmentIds = new[] { "../../etc/passwd" } } },
        { "attachmentIds", new { text = "已办", attachmentIds = new[] { "a", "a" } } },
        { "attachmentIds", new { text = "已办", attachmentIds = Enumerable.Range(0, 21).Select(i => $"scan-{i}").ToArray() } },
        { "attachmentIds", new { text = "已办", attachmentIds = new[] { new string('x', 65) } } },
    };

    [Theory]
    [MemberData(nameof(BadAnswers))]
    public async Task BadAnswerIsRefusedNamingTheFieldAndTheInstructionStaysOpen(string field, object body)
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var id = await brigade.Issued("fazhi");
        var head = await brigade.SignIn("fazhi");

        var response = await head.PostAsJsonAsync($"/api/v1/instructions/{id}/answer", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, (await response.Problem()).Errors!.Keys);
        var stored = await head.Read<InstructionBody>($"/api/v1/instructions/{id}");
        Assert.Equal(("Open", 0), (stored.Status, stored.Steps.Length));
    }

    [Fact]
    public async Task ReopeningWithoutAReasonIsRefusedNamingReason()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var id = await brigade.Issued("fazhi");
        var dadui = await brigade.SignIn("dadui");
        (await dadui.Close(id)).EnsureSuccessStatusCode();

        var response = await dadui.Reopen(id, "  ");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("reason", (await response.Problem()).Errors!.Keys);
        Assert.Equal("Closed", (await dadui.Read<InstructionBody>($"/api/v1/instructions/{id}")).Status);
    }

    [Fact]
    public async Task InstructionTextLosesControlCharactersAndKeepsMarkupAsText()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var dadui = await brigade.SignIn("dadui");

        var response = await dadui.InstructUnit(brigade, "fazhi", "<script>alert(1)</script>\u0007 **加强**\u001b[2J");

        var stored = await response.Read<InstructionBody>();
        Assert.Equal("<script>alert(1)</script> **加强**[2J", stored.Text);
        var month = ApiInstructions.Today()[..7];
        var html = await dadui.GetStringAsync($"/api/v1/brigades/{brigade.Id}/reports/monthly/{month}?preview=true&format=html");
        Assert.DoesNotContain("<script>alert(1)", html);
        Assert.Contains("&lt;script&gt;", html);
    }
}
