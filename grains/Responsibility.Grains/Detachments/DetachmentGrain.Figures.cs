namespace Responsibility.Grains.Detachments;

using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Detachments;
using Responsibility.Grains.Domain;

/// <summary>
/// The dashboard: each brigade's figures (counted inside the brigade, <see cref="IBrigadeFiguresGrain"/>), ranked by score.
/// A brigade's row is kept here until the brigade tells of a change (<see cref="BrigadeChanged"/>, told before the change
/// is answered, so a read after a write sees it) and at most as long as its score is kept; a read asks again only the
/// brigades that changed, and one with nothing changed answers the dashboard it composed last. Nothing is stored: a new
/// activation asks every brigade.
/// </summary>
public sealed partial class DetachmentGrain
{
    /// <summary>Rows kept per brigade, and dashboards (days and years read), beyond which the oldest go first.</summary>
    private const int DaysKept = 8;

    /// <summary>The changes told by each brigade since this activation.</summary>
    private readonly Dictionary<string, long> brigadeChanges = new(StringComparer.Ordinal);

    private readonly Dictionary<(string BrigadeId, int Year, DateOnly Day), KeptRow> rows = [];

    private readonly Dictionary<(int Year, DateOnly Day), KeptDashboard> dashboards = [];

    /// <summary>Every change told, by any brigade: a dashboard composed at another count may be stale.</summary>
    private long changesTold;

    public Task BrigadeChanged(string brigadeId)
    {
        brigadeChanges[brigadeId] = brigadeChanges.GetValueOrDefault(brigadeId) + 1;
        changesTold++;
        return Task.CompletedTask;
    }

    public async Task<DetachmentDashboard> GetDashboard(int? year, DateOnly? asOf)
    {
        _ = Settings;
        var day = asOf ?? Today;
        var ofYear = year ?? day.Year;
        var now = time.GetUtcNow();
        if (dashboards.TryGetValue((ofYear, day), out var kept)
            && kept.ChangesTold == changesTold && kept.Brigades == State.Brigades.Count && kept.Until > now)
        {
            return kept.Dashboard;
        }

        var told = changesTold;
        var brigades = State.Brigades.Count;
        var figures = await Task.WhenAll(State.Brigades.Select(b => Row(b.BrigadeId, ofYear, day, now)));
        var ranks = DashboardRanking.Ranks(figures.Select(f => f.Figures.Score).ToArray());
        var lines = figures.Select((r, i) => new DetachmentDashboardRow(
            r.Figures.BrigadeId, r.Figures.Name, r.Figures.Overall.Percent, r.Figures.Overall.Expected, r.Figures.Overall.TaskCount,
            r.Figures.Overall.Counts, r.Figures.UnreportedUnits, r.Figures.OverdueInstructions, r.Figures.OverdueRectifications,
            r.Figures.Extensions, r.Figures.Score, ranks[i]));
        var dashboard = new DetachmentDashboard(Id, ofYear, day, [.. lines.OrderBy(r => r.Rank ?? int.MaxValue)]);
        if (dashboards.Count >= DaysKept)
        {
            dashboards.Clear();
        }

        var until = figures.Length == 0 ? now + BrigadeFiguresGrain.KeptFor(day, Today) : figures.Min(r => r.Until);
        dashboards[(ofYear, day)] = new KeptDashboard(dashboard, told, brigades, until);
        return dashboard;
    }

    /// <summary>The brigade's row as kept, or asked again when the brigade has told of a change since or it is too old.</summary>
    private async Task<KeptRow> Row(string brigadeId, int year, DateOnly day, DateTimeOffset now)
    {
        var changes = brigadeChanges.GetValueOrDefault(brigadeId);
        if (rows.TryGetValue((brigadeId, year, day), out var kept) && kept.Changes == changes && kept.Until > now)
        {
            return kept;
        }

        // A change told while the brigade is being asked leaves the count moved: the row is asked again next time.
        var figures = await GrainFactory.GetGrain<IBrigadeFiguresGrain>(brigadeId).Get(year, day);
        var row = new KeptRow(figures, changes, now + BrigadeFiguresGrain.KeptFor(day, Today));
        Keep((brigadeId, year, day), row, now);
        return row;
    }

    /// <summary>Keeps the row, first dropping the brigade's rows that are too old or from before a change, then the oldest beyond <see cref="DaysKept"/>.</summary>
    private void Keep((string BrigadeId, int Year, DateOnly Day) key, KeptRow row, DateTimeOffset now)
    {
        var ofBrigade = rows.Where(r => r.Key.BrigadeId == key.BrigadeId).ToList();
        foreach (var stale in ofBrigade.Where(r => r.Value.Until <= now || r.Value.Changes != row.Changes))
        {
            rows.Remove(stale.Key);
        }

        var left = ofBrigade.Where(r => rows.ContainsKey(r.Key)).ToList();
        if (left.Count >= DaysKept)
        {
            rows.Remove(left.MinBy(r => r.Value.Until).Key);
        }

        rows[key] = row;
    }

    private sealed record KeptRow(BrigadeFigures Figures, long Changes, DateTimeOffset Until);

    private sealed record KeptDashboard(DetachmentDashboard Dashboard, long ChangesTold, int Brigades, DateTimeOffset Until);
}
