namespace Responsibility.Grains.Abstractions.Org;

/// <summary>A brigade's identity and the settings its rollups and reports are computed with.</summary>
[GenerateSerializer, Immutable, Alias("Responsibility.BrigadeSettings")]
public sealed record BrigadeSettings(
    string Name,
    string PartyOrgName,
    string DetachmentName,
    string TimeZone,
    string? Recipient,
    StatusThresholds Thresholds)
{
    public const string DefaultTimeZone = "Asia/Shanghai";
}
