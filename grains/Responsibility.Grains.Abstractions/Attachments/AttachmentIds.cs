namespace Responsibility.Grains.Abstractions.Attachments;

/// <summary>Attachment ids are minted by the api for each upload: a version-7 GUID as 32 lowercase hex digits.</summary>
public static class AttachmentIds
{
    public static string New() => Guid.CreateVersion7().ToString("N");

    /// <summary>Whether <paramref name="id"/> could be an attachment id at all; anything else is unknown without asking a grain.</summary>
    public static bool IsWellFormed(string? id) => id is { Length: 32 } && id.All(char.IsAsciiHexDigitLower);
}
