namespace Responsibility.Grains.Abstractions;

using Responsibility.Grains.Abstractions.Reports;

/// <summary>Drafts a brigade's annual rule-of-law report for a year. Keyed by <see cref="GrainKeys.AnnualReport"/>.</summary>
public interface IAnnualReportGrain : IGrainWithStringKey
{
    /// <summary>The draft as the year stands at <paramref name="asOf"/> (default: today, or the year's end if past).</summary>
    Task<AnnualReport> Compose(DateOnly? asOf);
}
