namespace Responsibility.Grains.Abstractions;

using Responsibility.Grains.Abstractions.Reports;

/// <summary>
/// The stored versions of one brigade's report for one month. Keyed by <see cref="GrainKeys.MonthlyReport"/>.
/// Reached through <see cref="IReportScheduleGrain"/>, which keeps the brigade's list of reports.
/// </summary>
public interface IMonthlyReportGrain : IGrainWithStringKey
{
    /// <summary>
    /// Generates a version unless the latest one was generated after the month ended (an older version could store
    /// one earlier), whatever the number of versions; either way answers the latest.
    /// </summary>
    Task<MonthlyReport> EnsureGenerated(string actor);

    /// <summary>
    /// Generates and stores a new version; earlier versions are kept. A month that already has the most versions allowed
    /// (<c>Reports:MaxVersionsPerMonth</c>) is <see cref="ErrorKind.Conflict"/> naming <c>month</c>.
    /// </summary>
    Task<MonthlyReport> Generate(string actor);

    /// <summary>The month as it stands now, composed and not stored (version 0, <see cref="MonthlyReport.IsPreview"/>).</summary>
    Task<MonthlyReport> Preview(string actor);

    /// <summary>A stored version (default: the latest); <see cref="ErrorKind.NotFound"/> if none.</summary>
    Task<MonthlyReport> Get(int? version);
}
