namespace Responsibility.Api.Tests;

using System.Net;
using Microsoft.Data.Sqlite;

/// <summary>
/// Uploads take up to 20 MB on their own route while every other route keeps its 256 KB limit. The limits are Kestrel's,
/// so this runs the api on real Kestrel.
/// </summary>
public sealed class UploadLimitTests : IAsyncLifetime
{
    private const int Megabyte = 1024 * 1024;

    private readonly ApiFactory factory = new();

    public Task InitializeAsync()
    {
        factory.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task FilesOverTwentyMegabytesAreRefusedWith413AndNothingIsStored()
    {
        var head = await (await new ApiBrigade(factory).Create()).SignIn("fazhi");

        var justOver = await head.Upload(SampleFiles.Pdf(padding: 20 * Megabyte), "大文件.pdf");
        // Kestrel answers a body over the route's limit before reading it: a client that waits for 100-continue hears so.
        var farOver = await head.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/v1/attachments")
        {
            Content = SampleFiles.Form(SampleFiles.Pdf(padding: 30 * Megabyte), "更大的文件.pdf"),
            Headers = { ExpectContinue = true },
        });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, justOver.StatusCode);
        Assert.Equal("file", await justOver.Field());
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, farOver.StatusCode);
        Assert.Equal(413, (await farOver.Problem()).Status);
        Assert.Equal(0, await CountRows("SELECT COUNT(*) FROM attachment_parts"));
    }

    [Fact]
    public async Task AFileOfTwentyMegabytesIsAcceptedWhileOtherRoutesKeepTheirLimit()
    {
        var brigade = await new ApiBrigade(factory).Create();
        var head = await brigade.SignIn("fazhi");
        var task = await brigade.AddCountTask("FZ-01", "fazhi", "Accountability", 10);
        var content = SampleFiles.Pdf();
        content = SampleFiles.Pdf(padding: 20 * Megabyte - content.Length);

        var upload = await head.Upload(content, "满额.pdf");
        var largeReport = await head.PostAsync(
            $"/api/v1/tasks/{task.Id()}/progress", new StringContent(new string(' ', Megabyte), System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        Assert.Equal(20L * Megabyte, (await upload.Read<AttachmentBody>()).Size);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, largeReport.StatusCode);
    }

    private async Task<long> CountRows(string sql)
    {
        await using var db = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(factory.DataPath, "responsibility.db"), Pooling = false,
        }.ToString());
        await db.OpenAsync();
        await using var command = db.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
