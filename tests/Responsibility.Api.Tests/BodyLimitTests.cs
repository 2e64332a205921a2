namespace Responsibility.Api.Tests;

using System.Net;
using System.Text;
using System.Text.Json.Nodes;

/// <summary>
/// The api limits JSON bodies to 256 KB: a larger body is refused as a problem and stores nothing. The limit is
/// Kestrel's, so this runs the api on real Kestrel; the in-memory test server has no body limit.
/// </summary>
public sealed class BodyLimitTests : IAsyncLifetime
{
    private readonly ApiFactory factory = new();

    public Task InitializeAsync()
    {
        factory.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task ReportOfOneMegabyteIsRefusedAndNothingIsStored()
    {
        var brigade = await new ApiBrigade(factory).Create();
        var task = await brigade.AddCountTask("FZ-01", "fazhi", "Accountability", 10);
        var head = await brigade.SignIn("fazhi");

        var response = await head.SendAsync(Expecting100Continue($"/api/v1/tasks/{task.Id()}/progress", PaddedReport(1024 * 1024)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(413, (await response.Problem()).Status);
        Assert.Empty(await brigade.Admin.Entries(task));
        Assert.Equal(0, (await brigade.Admin.BrigadeRollup(brigade)).Unit("fazhi").Percent);
    }

    [Fact]
    public async Task ReportJustUnderTheLimitIsAccepted()
    {
        var brigade = await new ApiBrigade(factory).Create();
        var task = await brigade.AddCountTask("FZ-01", "fazhi", "Accountability", 10);
        var head = await brigade.SignIn("fazhi");

        var response = await head.PostAsync($"/api/v1/tasks/{task.Id()}/progress", PaddedReport(200 * 1024));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(2, Assert.Single(await brigade.Admin.Entries(task)).Value);
    }

    [Fact]
    public async Task AnswerOfOneMegabyteIsRefusedAndTheInstructionStaysOpen()
    {
        var brigade = await new ApiBrigade(factory).Create();
        var id = await brigade.Issued("fazhi");
        var head = await brigade.SignIn("fazhi");
        var body = new StringContent($$"""{"text":"{{new string('答', 400 * 1024)}}"}""", Encoding.UTF8, "application/json");

        var response = await head.SendAsync(Expecting100Continue($"/api/v1/instructions/{id}/answer", body));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var stored = await head.Read<InstructionBody>($"/api/v1/instructions/{id}");
        Assert.Equal(("Open", 0), (stored.Status, stored.Steps.Length));
    }

    /// <summary>A valid report padded with whitespace: only its size can make it fail.</summary>
    /// <summary>
    /// A POST that waits for the server's go-ahead before sending its body, as a careful client does with a large one:
    /// Kestrel refuses by Content-Length at once and closes, and a client still writing the body would see a broken pipe
    /// instead of the 413 it was sent.
    /// </summary>
    private static HttpRequestMessage Expecting100Continue(string route, HttpContent body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, route) { Content = body };
        request.Headers.ExpectContinue = true;
        return request;
    }

    private static StringContent PaddedReport(int bytes)
    {
        var json = new StringBuilder("""{"value":2,"note":"检查 2 次" """);
        json.Append(' ', bytes - json.Length - 1).Append('}');
        Assert.NotNull(JsonNode.Parse(json.ToString()));
        return new StringContent(json.ToString(), Encoding.UTF8, "application/json");
    }
}
