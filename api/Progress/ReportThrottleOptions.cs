namespace Responsibility.Api.Progress;

/// <summary>The <c>Progress</c> settings of <see cref="ReportThrottle"/>.</summary>
public sealed class ReportThrottleOptions
{
    public const string Section = "Progress";

    /// <summary>
    /// Progress reports one account may make a minute, all at once if need be: a unit's whole month on one page fits,
    /// a script filling the database does not.
    /// </summary>
    public int ReportsPerMinute { get; set; } = 120;
}
