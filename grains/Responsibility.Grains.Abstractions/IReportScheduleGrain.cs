namespace Responsibility.Grains.Abstractions;

using Orleans.Concurrency;
using Responsibility.Grains.Abstractions.Reports;

/// <summary>
/// Owns a brigade's monthly report schedule (default: the 1st of the next month, 08:00 local) through a durable
/// reminder, generates each month's report exactly once, catches up after downtime, and lists the reports.
/// Keyed by the brigade id.
/// </summary>
public interface IReportScheduleGrain : IGrainWithStringKey
{
    /// <summary>Makes sure the reminder is registered. One-way: the brigade calls it while it may be busy itself.</summary>
    [OneWay]
    Task Start();

    /// <summary>Generates every report that is due and missing; answers the months generated now (yyyy-MM).</summary>
    Task<string[]> CatchUp();

    /// <summary>Regenerates a month on request, keeping the versions before it.</summary>
    Task<MonthlyReport> Generate(int year, int month, string actor);

    Task<MonthlyReportInfo[]> List();
}
