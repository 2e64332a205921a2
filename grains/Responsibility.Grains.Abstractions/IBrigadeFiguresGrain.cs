namespace Responsibility.Grains.Abstractions;

using Responsibility.Grains.Abstractions.Detachments;

/// <summary>
/// A brigade's figures as they flow up to its 支队 (SPEC §5), counted inside the brigade from its own grains, each equal
/// to what the brigade's own routes answer as of the same day. Keyed by the brigade id. The 考核 scores, a projection of
/// the whole log, are kept for a while per (year, period, day): a minute for today, ten minutes for a past day.
/// </summary>
public interface IBrigadeFiguresGrain : IGrainWithStringKey
{
    /// <summary>The figures for <paramref name="year"/> as of the end of <paramref name="asOf"/>.</summary>
    Task<BrigadeFigures> Get(int year, DateOnly asOf);
}
