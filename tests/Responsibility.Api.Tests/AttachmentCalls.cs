namespace Responsibility.Api.Tests;

using System.Net.Http.Json;
using System.Text.Json.Nodes;

/// <summary>Uploading, attaching and downloading files as the tests do it.</summary>
public static class AttachmentCalls
{
    public static Task<HttpResponseMessage> Upload(this HttpClient client, byte[] content, string fileName = "记录.pdf") =>
        client.PostAsync("/api/v1/attachments", SampleFiles.Form(content, fileName));

    /// <summary>Uploads a file and answers its id.</summary>
    public static async Task<AttachmentBody> Uploaded(this HttpClient client, byte[] content, string fileName = "记录.pdf")
    {
        var response = await client.Upload(content, fileName);
        response.EnsureSuccessStatusCode();
        return await response.Read<AttachmentBody>();
    }

    /// <summary>Reports one unit of progress with the given files attached; answers the stored entry.</summary>
    public static async Task<EntryWithFilesBody> ReportWithFiles(this HttpClient client, JsonObject task, params string[] attachmentIds)
    {
        var response = await client.Report(task, new { value = 1, note = "附检查记录", attachmentIds });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<EntryWithFilesEnvelope>(Json.Options))!.Entry;
    }

    public static Task<HttpResponseMessage> Download(this HttpClient client, string attachmentId) =>
        client.GetAsync($"/api/v1/attachments/{attachmentId}");

    public static async Task<string?> Field(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonObject>())?["field"]?.GetValue<string>();
}

public sealed record AttachmentBody(string Id, string FileName, string ContentType, long Size, string Sha256, string UploadedBy);

public sealed record EntryWithFilesBody(string Id, AttachmentBody[] Attachments);

public sealed record EntryWithFilesEnvelope(EntryWithFilesBody Entry);
