namespace Responsibility.Grains.Abstractions.Attachments;

/// <summary>
/// Attachment ids are minted by the api for each upload: a version-7 GUID as 32 lowercase hex digits, whose first 12
/// are the milliseconds since 1970 it was minted at, so ids sort by the moment their upload began.
/// </summary>
public static class AttachmentIds
{
    public static string New() => Guid.CreateVersion7().ToString("N");

    /// <summary>The bound every id minted before <paramref name="time"/> sorts below and none minted at or after it does.</summary>
    public static string MintedBefore(DateTimeOffset time) =>
        Math.Max(0, time.ToUnixTimeMilliseconds()).ToString("x12", System.Globalization.CultureInfo.InvariantCulture) + new string('0', 20);

    /// <summary>Whether <paramref name="id"/> could be an attachment id at all; anything else is unknown without asking a grain.</summary>
    public static bool IsWellFormed(string? id) => id is { Length: 32 } && id.All(char.IsAsciiHexDigitLower);
}
