namespace Responsibility.Grains.Abstractions;

using Responsibility.Grains.Abstractions.Detachments;

/// <summary>
/// A 支队 (SPEC §5): its brigades, the templates it hands down, the figures that flow up from its brigades, its
/// schedule. Keyed by the detachment id; its events are the stream <c>detachment/{id}</c>. Only figures flow up: a
/// brigade's entries stay in the brigade.
/// </summary>
public interface IDetachmentGrain : IGrainWithStringKey
{
    /// <summary>Creates the detachment or renames it / changes its time zone.</summary>
    Task<DetachmentInfo> Configure(DetachmentSettings settings, string actor);

    /// <summary>The detachment with its brigades; <see cref="ErrorKind.NotFound"/> if never configured.</summary>
    Task<DetachmentInfo> GetInfo();

    /// <summary>Whether the brigade is one of this detachment's (false for a detachment never configured).</summary>
    Task<bool> HasBrigade(string brigadeId);

    /// <summary>
    /// Adds an existing, configured brigade (with all its data); the same brigade again changes nothing. A brigade
    /// already another detachment's is <see cref="ErrorKind.Conflict"/>; an unknown one <see cref="ErrorKind.NotFound"/>.
    /// </summary>
    Task<DetachmentInfo> Attach(string brigadeId, string actor);

    /// <summary>
    /// Its brigades' figures for <paramref name="year"/> (default: this year) as of the end of <paramref name="asOf"/>
    /// (default: today): each row equal to that brigade's own rollup as of the same day.
    /// </summary>
    Task<DetachmentDashboard> GetDashboard(int? year, DateOnly? asOf);

    /// <summary>
    /// The 月度调度通报 of an ended month (in the detachment's time zone), stored as a new version; earlier versions are
    /// kept and the month keeps its number (第N期, the detachment's series of the month's year). A month not yet ended is
    /// <see cref="ErrorKind.Invalid"/> naming <c>month</c>; one with the most versions allowed <see cref="ErrorKind.Conflict"/>.
    /// </summary>
    Task<DetachmentReport> GenerateMonthlyReport(int year, int month, string actor);

    /// <summary>
    /// Generates every month's report that is due (the 1st of the next month, 08:00 local, as the brigades') since the
    /// detachment was created and missing — or stored from before its month ended — oldest first; answers the months
    /// generated now (yyyy-MM). Its brigades' report schedules call it on every tick.
    /// </summary>
    Task<string[]> CatchUpMonthlyReports();

    /// <summary>The months reported, newest first.</summary>
    Task<DetachmentReportInfo[]> ListMonthlyReports();

    /// <summary>A stored version of a month's report (default: the latest); <see cref="ErrorKind.NotFound"/> if none.</summary>
    Task<DetachmentReport> GetMonthlyReport(int year, int month, int? version);
}
