namespace Responsibility.Grains.Tests;

using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Attachments;

/// <summary>Completed uploads as the api leaves them, for tests that attach files.</summary>
public static class Uploads
{
    /// <summary>
    /// Stores a PDF of <paramref name="size"/> bytes (one part at most) uploaded by <paramref name="uploadedBy"/> in
    /// <paramref name="brigadeId"/>; answers its id.
    /// </summary>
    public static async Task<string> Upload(
        this IGrainFactory grains, string brigadeId, string uploadedBy, string fileName = "记录.pdf", int size = 64)
    {
        var id = AttachmentIds.New();
        var grain = grains.GetGrain<IAttachmentGrain>(id);
        await grain.WritePart(0, Bytes(size, 9));
        await grain.Complete(new AttachmentUpload(brigadeId, fileName, "application/pdf", uploadedBy));
        return id;
    }

    public static byte[] Bytes(int length, byte seed) => [.. Enumerable.Range(0, length).Select(i => (byte)(i * 31 + seed))];
}
