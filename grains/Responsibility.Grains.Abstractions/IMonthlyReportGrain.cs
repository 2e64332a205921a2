namespace Responsibility.Grains.Abstractions;

using Responsibility.Grains.Abstractions.Reports;

/// <summary>
/// The stored versions of one brigade's report for one month. Keyed by <see cref="GrainKeys.MonthlyReport"/>.
/// Reached through <see cref="IReportScheduleGrain"/>, which keeps the brigade's list of reports.
/// </summary>
public interface IMonthlyReportGrain : IGrainWithStringKey
{
    /// <summary>Generates version 1 unless a version exists; either way answers the latest.</summary>
    Task<MonthlyReport> EnsureGenerated(string actor);

    /// <summary>Generates and stores a new version; earlier versions are kept.</summary>
    Task<MonthlyReport> Generate(string actor);

    /// <summary>A stored version (default: the latest); <see cref="ErrorKind.NotFound"/> if none.</summary>
    Task<MonthlyReport> Get(int? version);
}
