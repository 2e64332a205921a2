namespace Responsibility.Grains.Abstractions;

using Responsibility.Grains.Abstractions.Reports;

/// <summary>
/// One stored version of a monthly report, written once. Versions live in grains of their own so that a
/// regeneration writes one snapshot, not every earlier one again. Keyed by <see cref="GrainKeys.MonthlyReportVersion"/>.
/// </summary>
public interface IMonthlyReportVersionGrain : IGrainWithStringKey
{
    Task Store(MonthlyReport report);

    Task<MonthlyReport?> Get();
}
