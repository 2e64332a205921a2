namespace Responsibility.Grains.Detachments;

using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Detachments;
using Responsibility.Grains.Domain;

/// <summary>
/// The dashboard: every brigade asked for its figures at once (each counts them inside itself), then ranked by score.
/// Only figures come up; nothing is kept here, so the answer is each brigade's as it stands.
/// </summary>
public sealed partial class DetachmentGrain
{
    public async Task<DetachmentDashboard> GetDashboard(int? year, DateOnly? asOf)
    {
        _ = Settings;
        var day = asOf ?? Today;
        var ofYear = year ?? day.Year;
        var figures = await Task.WhenAll(State.Brigades.Select(b => GrainFactory.GetGrain<IBrigadeFiguresGrain>(b.BrigadeId).Get(ofYear, day)));
        var ranks = DashboardRanking.Ranks(figures.Select(f => f.Score).ToArray());
        var rows = figures.Select((f, i) => new DetachmentDashboardRow(
            f.BrigadeId, f.Name, f.Overall.Percent, f.Overall.Expected, f.Overall.TaskCount, f.Overall.Counts, f.UnreportedUnits,
            f.OverdueInstructions, f.OverdueRectifications, f.Extensions, f.Score, ranks[i]));
        return new DetachmentDashboard(Id, ofYear, day, [.. rows.OrderBy(r => r.Rank ?? int.MaxValue)]);
    }
}
