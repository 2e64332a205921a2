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

    /// <summary>
    /// Generates every report that is due and missing — or stored from before its month ended — and answers the
    /// months generated now (yyyy-MM).
    /// </summary>
    Task<string[]> CatchUp();

    /// <summary>
    /// (Re)generates a month on request, keeping the versions before it. Only a month that has ended in the brigade's
    /// time zone: otherwise <see cref="ErrorKind.Invalid"/> naming <c>month</c>.
    /// </summary>
    Task<MonthlyReport> Generate(int year, int month, string actor);

    /// <summary>
    /// Composes a month as it stands now (the running month up to today) without storing anything. A month not yet
    /// begun is <see cref="ErrorKind.Invalid"/> naming <c>month</c>.
    /// </summary>
    Task<MonthlyReport> Preview(int year, int month, string actor);

    Task<MonthlyReportInfo[]> List();
}
