namespace Responsibility.Grains.Abstractions.Org;

/// <summary>
/// A brigade's identity and the settings its rollups and reports are computed with. Units report once per
/// <see cref="ReportingCycle"/>, by its <see cref="ReportingDueDay"/>; <see cref="GraceDays"/> later their supervising
/// leaders are told (催报). Those three were added later: settings stored before them read as the defaults.
/// </summary>
[GenerateSerializer, Immutable, Alias("Responsibility.BrigadeSettings")]
public sealed record BrigadeSettings(
    string Name,
    string PartyOrgName,
    string DetachmentName,
    string TimeZone,
    string? Recipient,
    StatusThresholds Thresholds,
    ReportingCycle ReportingCycle = ReportingCycle.Monthly,
    int ReportingDueDay = BrigadeSettings.DefaultDueDay,
    int GraceDays = BrigadeSettings.DefaultGraceDays)
{
    public const string DefaultTimeZone = "Asia/Shanghai";

    public const int DefaultDueDay = 25;

    public const int DefaultGraceDays = 3;
}
