namespace Responsibility.Grains.Reports;

/// <summary>The <c>Reports</c> settings of the silo (and of the api in embedded mode).</summary>
public sealed class ReportOptions
{
    public const string Section = "Reports";

    /// <summary>
    /// Versions one month's report may have when (re)generated on request; each is a full copy of the brigade's figures,
    /// so they must not grow without bound. The schedule's own report of a month is made even past it.
    /// </summary>
    public int MaxVersionsPerMonth { get; set; } = 10;
}
