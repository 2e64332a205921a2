namespace Responsibility.Api.Attachments;

using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Attachments;

/// <summary>
/// Streams a file into a new attachment grain one part at a time, so neither the api nor the silo holds more than a
/// part of it; a failed or cancelled upload drops what it had written.
/// </summary>
public static class AttachmentUploads
{
    public static async Task<AttachmentInfo> Store(
        IGrainFactory grains, Stream content, AttachmentUpload upload, CancellationToken cancellationToken)
    {
        var grain = grains.GetGrain<IAttachmentGrain>(AttachmentIds.New());
        try
        {
            var buffer = new byte[AttachmentLimits.PartBytes];
            for (var index = 0; ; index++)
            {
                var read = await content.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, cancellationToken);
                if (read == 0)
                {
                    break;
                }

                await grain.WritePart(index, buffer[..read]);
                if (read < buffer.Length)
                {
                    break;
                }
            }

            return await grain.Complete(upload);
        }
        catch
        {
            await grain.Abandon();
            throw;
        }
    }
}
