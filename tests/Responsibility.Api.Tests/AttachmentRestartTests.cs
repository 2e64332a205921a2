namespace Responsibility.Api.Tests;

using System.Security.Cryptography;

/// <summary>Files live in the database: a second api over the same data folder serves them byte for byte.</summary>
public sealed class AttachmentRestartTests
{
    [Fact]
    public async Task AnAttachedFileSurvivesARestartWithItsBytesHashAndEntry()
    {
        var dataPath = Path.Combine(Path.GetTempPath(), "responsibility-api-tests", Guid.NewGuid().ToString("N"));
        var content = SampleFiles.Pdf(padding: 2 * 1024 * 1024 + 17);
        ApiBrigade brigade;
        string taskId;
        AttachmentBody file;
        await using (var before = new ApiFactory(dataPath))
        {
            brigade = await new ApiBrigade(before).Create();
            var task = await brigade.AddCountTask("FZ-01", "fazhi", "Accountability", 10);
            taskId = task.Id();
            var head = await brigade.SignIn("fazhi");
            file = await head.Uploaded(content, "检查记录.pdf");
            await head.ReportWithFiles(task, file.Id);
        }

        await using var after = new ApiFactory(dataPath);
        var leader = await after.SignIn(brigade.Username("dadui"), ApiBrigade.Password);
        var download = await leader.Download(file.Id);
        var entries = await leader.Read<EntryWithFilesBody[]>($"/api/v1/tasks/{taskId}/progress");

        var bytes = await download.Content.ReadAsByteArrayAsync();
        Assert.Equal(content, bytes);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), file.Sha256);
        Assert.Equal(file.Sha256, Assert.Single(Assert.Single(entries).Attachments).Sha256);
    }
}
