namespace Responsibility.Grains.Abstractions.Reports;

/// <summary>A line in the list of a brigade's monthly reports.</summary>
[GenerateSerializer, Immutable, Alias("Responsibility.MonthlyReportInfo")]
public sealed record MonthlyReportInfo(int Year, int Month, int Versions, DateTimeOffset LatestGeneratedAt, string LatestGeneratedBy);
