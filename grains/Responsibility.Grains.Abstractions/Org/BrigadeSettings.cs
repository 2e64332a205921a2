namespace Responsibility.Grains.Abstractions.Org;

/// <summary>
/// A brigade's identity and the settings its rollups and reports are computed with. Units report once per
/// <see cref="ReportingCycle"/>, by its <see cref="ReportingDueDay"/>; <see cref="GraceDays"/> later their supervising
/// leaders are told (催报). Those three (and the 整改 warning days) were added later: settings stored before them read as the defaults.
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
    int GraceDays = BrigadeSettings.DefaultGraceDays,
    int[]? RectificationWarningDays = null,
    double? RatingThreshold = null)
{
    /// <summary>The days before a 整改 item's due date when its unit is warned, then its unit and 分管领导 too.</summary>
    public static readonly int[] DefaultRectificationWarningDays = [20, 10];

    /// <summary>The 整改 warning days, earliest first; settings stored before them read as the defaults.</summary>
    public int[] WarningDays => RectificationWarningDays is { Length: > 0 } days ? days : DefaultRectificationWarningDays;

    /// <summary>The 民主测评 overall average below which a 提醒谈话 is asked for; settings stored before it read as 70.</summary>
    public double RatingLimit => RatingThreshold ?? Ballots.BallotLimits.DefaultThreshold;

    public const string DefaultTimeZone = "Asia/Shanghai";

    public const int DefaultDueDay = 25;

    public const int DefaultGraceDays = 3;
}
