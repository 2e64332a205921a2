namespace Responsibility.Api.Tests;

using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json.Nodes;

/// <summary>佐证材料 through the API: uploads checked by their content, attached to entries, downloaded within scope.</summary>
[Collection(ApiCollection.Name)]
public sealed class AttachmentApiTests(SharedApi api)
{
    [Fact]
    public async Task UploadAnswersTheFileWithTheSha256OfItsBytesAndItsUploaderDownloadsItUnchanged()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var head = await brigade.SignIn("fazhi");
        var content = SampleFiles.Pdf(padding: 3 * 1024 * 1024);

        var response = await head.Upload(content, "检查记录.pdf");
        var stored = await response.Read<AttachmentBody>();
        var download = await head.Download(stored.Id);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(("检查记录.pdf", "application/pdf", content.LongLength), (stored.FileName, stored.ContentType, stored.Size));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(content)), stored.Sha256);
        Assert.Equal(content, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("检查记录.pdf", download.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
    }

    [Theory]
    [InlineData("page.pdf")]
    [InlineData("archive.docx")]
    public async Task ContentOfAnotherKindIsRefusedWith415NamingTheFileWhateverItsName(string fileName)
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var head = await brigade.SignIn("fazhi");

        var html = await head.Upload(SampleFiles.Html(), fileName);
        var zip = await head.Upload(SampleFiles.Zip(), fileName);

        Assert.Equal((HttpStatusCode.UnsupportedMediaType, HttpStatusCode.UnsupportedMediaType), (html.StatusCode, zip.StatusCode));
        Assert.Equal(415, (await html.Problem()).Status);
        Assert.Equal("file", await zip.Field());
    }

    [Fact]
    public async Task PdfWithoutItsEndMarkerIsRefusedWith415AsDamaged()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var head = await brigade.SignIn("fazhi");
        byte[] truncated = [.. "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n"u8, .. Enumerable.Repeat((byte)'x', 1000)];

        var refused = await head.Upload(truncated, "扫描件.pdf");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var problem = await refused.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal(("file", 415), ((string)problem!["field"]!, (int)problem["status"]!));
        Assert.Contains("损坏", (string)problem["detail"]!);
    }

    [Fact]
    public async Task EmptyOrMissingFileIsRefusedNamingTheFile()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var head = await brigade.SignIn("fazhi");

        var empty = await head.Upload([], "empty.pdf");
        var missing = await head.PostAsync("/api/v1/attachments", SampleFiles.Form(SampleFiles.Pdf(), "a.pdf", field: "other"));

        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("file", (await empty.Problem()).Errors!.Keys);
        Assert.Contains("file", (await missing.Problem()).Errors!.Keys);
    }

    [Fact]
    public async Task ViewerCannotUpload()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var viewer = await brigade.SignIn("viewer");

        var response = await viewer.Upload(SampleFiles.Pdf());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task HostileFileNameIsStoredCleanedAndServedSafely()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var head = await brigade.SignIn("fazhi");
        var name = "../../\u0007evil\r\nX-Injected: 1\u202E" + new string('长', 300) + ".exe";

        var stored = await head.Uploaded(SampleFiles.Png(), name);
        var download = await head.Download(stored.Id);

        Assert.StartsWith("evilX-Injected_ 1长", stored.FileName);
        Assert.EndsWith("长长.png", stored.FileName);
        Assert.True(stored.FileName.Length <= 100);
        Assert.False(download.Headers.Contains("X-Injected"));
        Assert.Equal(stored.FileName, download.Content.Headers.ContentDisposition?.FileNameStar);
    }

    [Fact]
    public async Task AttachedFileIsListedOnTheEntryAndReadWithinTheTasksScopeOnly()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var task = await brigade.AddCountTask("FZ-01", "fazhi", "Accountability", 10);
        var head = await brigade.SignIn("fazhi");
        var file = await head.Uploaded(SampleFiles.Docx(), "检查记录.docx");

        var entry = await head.ReportWithFiles(task, file.Id);

        Assert.Equal(file.Id, Assert.Single(entry.Attachments).Id);
        Assert.Equal(file.Sha256, Assert.Single((await brigade.Admin.Read<EntryWithFilesBody[]>($"/api/v1/tasks/{task.Id()}/progress"))[0].Attachments).Sha256);
        foreach (var reader in new[] { "fazhi", "dadui" })
        {
            Assert.Equal(HttpStatusCode.OK, (await (await brigade.SignIn(reader)).Download(file.Id)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await brigade.Admin.Download(file.Id)).StatusCode);
        foreach (var outsider in new[] { "xuanchuan", "zhao", "viewer" })
        {
            var refused = await (await brigade.SignIn(outsider)).Download(file.Id);
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.Equal(403, (await refused.Problem()).Status);
        }
    }

    [Fact]
    public async Task AnUnattachedUploadIsItsUploadersAloneAndAnotherBrigadesFileIsMissing()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var other = await new ApiBrigade(api.Factory).Create();
        var file = await (await brigade.SignIn("fazhi")).Uploaded(SampleFiles.Jpeg(), "现场.jpg");

        var leader = await (await brigade.SignIn("dadui")).Download(file.Id);
        var admin = await brigade.Admin.Download(file.Id);
        var otherBrigade = await (await other.SignIn("dadui")).Download(file.Id);
        var unknown = await brigade.Admin.Download("0123456789abcdef0123456789abcdef");
        var malformed = await brigade.Admin.Download("..%2F..%2Fetc");

        Assert.All(new[] { leader, admin, otherBrigade, unknown, malformed }, r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
    }

    [Fact]
    public async Task SomeoneElsesUploadCannotBeAttachedAndTheReportIsRefusedNamingTheField()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var task = await brigade.AddCountTask("FZ-01", "fazhi", "Accountability", 10);
        var file = await (await brigade.SignIn("dadui")).Uploaded(SampleFiles.Pdf());

        var response = await (await brigade.SignIn("fazhi")).Report(task, new { value = 1, attachmentIds = new[] { file.Id } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("attachmentIds", (await response.Problem()).Errors!.Keys);
        Assert.Empty(await brigade.Admin.Entries(task));
    }

    [Fact]
    public async Task MalformedAttachmentIdsAreRefusedBeforeAnyGrainIsAsked()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var task = await brigade.AddCountTask("FZ-01", "fazhi", "Accountability", 10);
        var head = await brigade.SignIn("fazhi");

        var response = await head.Report(task, new { value = 1, attachmentIds = new[] { "../x" } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("attachmentIds", (await response.Problem()).Errors!.Keys);
    }

    [Fact]
    public async Task TheAuditTrailNamesTheFilesAReportAttached()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var task = await brigade.AddCountTask("FZ-01", "fazhi", "Accountability", 10);
        var head = await brigade.SignIn("fazhi");
        var (first, second) = (await head.Uploaded(SampleFiles.Pdf(), "检查记录.pdf"), await head.Uploaded(SampleFiles.Jpeg(), "现场照片.jpg"));
        await head.ReportWithFiles(task, first.Id, second.Id);

        var trail = await brigade.Admin.Read<JsonObject>($"/api/v1/brigades/{brigade.Id}/audit?kind=ProgressReported");

        var changes = trail["entries"]![0]!["changes"]!.AsArray();
        Assert.Contains(changes, c => (string?)c!["field"] == "佐证材料" && (string?)c["after"] == "检查记录.pdf、现场照片.jpg");
    }
}
