namespace Responsibility.Grains.Abstractions.Reports;

/// <summary>
/// A line in the list of a brigade's monthly reports. <see cref="LatestGeneratedByName"/> was added later and is null
/// in lines stored before it; <see cref="GeneratedByName"/> reads either.
/// </summary>
[GenerateSerializer, Immutable, Alias("Responsibility.MonthlyReportInfo")]
public sealed record MonthlyReportInfo(
    int Year,
    int Month,
    int Versions,
    DateTimeOffset LatestGeneratedAt,
    string LatestGeneratedBy,
    string? LatestGeneratedByName = null)
{
    /// <summary>Who generated the latest version, as people read it.</summary>
    public string GeneratedByName => LatestGeneratedByName ?? ReportActors.NameOf(LatestGeneratedBy);
}
