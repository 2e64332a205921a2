namespace Responsibility.Grains.Reports;

[GenerateSerializer]
public sealed class MonthlyReportState
{
    /// <summary>The number of the newest stored version (0: none yet); every version 1..n has its own grain.</summary>
    [Id(0)]
    public int LatestVersion { get; set; }
}
