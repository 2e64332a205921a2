namespace Responsibility.Api.Tests;

using System.Net;
using System.Text.Json.Nodes;

/// <summary>
/// 佐证材料 on an instruction's answer through the API: only the answerer's own uploads are taken, listed on the
/// instruction, and downloaded by whoever may read the instruction.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class InstructionEvidenceApiTests(SharedApi api)
{
    [Fact]
    public async Task AnswerWithAFileTheHeadMayNotAttachIsRefusedNamingAttachmentIdsAndChangesNothing()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var other = await new ApiBrigade(api.Factory).Create();
        var id = await brigade.Issued("fazhi");
        var head = await brigade.SignIn("fazhi");
        var own = await head.Uploaded(SampleFiles.Pdf(), "整改报告.pdf");
        var foreign = new[]
        {
            (await (await brigade.SignIn("dadui")).Uploaded(SampleFiles.Pdf())).Id,
            (await (await other.SignIn("fazhi")).Uploaded(SampleFiles.Pdf())).Id,
            "0123456789abcdef0123456789abcdef",
            "../../etc/passwd",
        };

        var responses = new List<HttpResponseMessage>();
        foreach (var attachmentId in foreign)
        {
            responses.Add(await head.Answer(id, "已整改", [own.Id, attachmentId]));
        }

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode));
        foreach (var response in responses)
        {
            Assert.Contains("attachmentIds", (await response.Problem()).Errors!.Keys);
        }

        var unchanged = await head.Read<InstructionBody>($"/api/v1/instructions/{id}");
        Assert.Equal(("Open", 0), (unchanged.Status, unchanged.Steps.Length));
        Assert.Equal(HttpStatusCode.NotFound, (await brigade.Admin.Download(own.Id)).StatusCode);
    }

    [Fact]
    public async Task AnswersFilesAreListedAndDownloadedByWhoeverMayReadTheInstructionOnly()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var other = await new ApiBrigade(api.Factory).Create();
        var id = await brigade.Issued("fazhi");
        var head = await brigade.SignIn("fazhi");
        var content = SampleFiles.Docx();
        var file = await head.Uploaded(content, "整改报告.docx");

        var answered = await (await head.Answer(id, "已整改", [file.Id])).Read<InstructionBody>();

        var listed = Assert.Single(answered.Steps.Single().Attachments);
        Assert.Equal(("整改报告.docx", content.LongLength, file.Sha256), (listed.FileName, listed.Size, listed.Sha256));
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", listed.ContentType);
        foreach (var reader in new[] { "fazhi", "dadui" })
        {
            var download = await (await brigade.SignIn(reader)).Download(file.Id);
            Assert.Equal(content, await download.Content.ReadAsByteArrayAsync());
        }

        Assert.Equal(HttpStatusCode.OK, (await brigade.Admin.Download(file.Id)).StatusCode);
        foreach (var outsider in new[] { "xuanchuan", "zhao", "viewer" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await (await brigade.SignIn(outsider)).Download(file.Id)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await (await other.SignIn("dadui")).Download(file.Id)).StatusCode);
    }

    [Fact]
    public async Task TheAuditTrailNamesTheFilesAnAnswerAttached()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var id = await brigade.Issued("fazhi");
        var head = await brigade.SignIn("fazhi");
        var (report, photo) = (await head.Uploaded(SampleFiles.Pdf(), "整改报告.pdf"), await head.Uploaded(SampleFiles.Jpeg(), "现场照片.jpg"));
        (await head.Answer(id, "已整改", [report.Id, photo.Id])).EnsureSuccessStatusCode();

        var trail = await brigade.Admin.Read<JsonObject>($"/api/v1/brigades/{brigade.Id}/audit?kind=InstructionAnswered");

        var changes = trail["entries"]![0]!["changes"]!.AsArray();
        Assert.Contains(changes, c => (string?)c!["field"] == "佐证材料" && (string?)c["after"] == "整改报告.pdf、现场照片.jpg");
    }
}
