namespace Responsibility.Grains.Oversight;

using Microsoft.Extensions.DependencyInjection;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Oversight;
using Responsibility.Storage.Events;

/// <summary>
/// The 督责台账 lives in memory: derived from the streams of inspections, units (their 整改 items), extension requests and
/// 通报, which it replays when it wakes, and kept current by their grains after every change (an older version than the
/// one held is ignored).
/// </summary>
public sealed class OversightGrain(IEventStore events, [FromKeyedServices(DomainClock.Key)] TimeProvider time)
    : Grain, IOversightGrain
{
    private readonly Dictionary<string, Inspection> inspections = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Rectification> rectifications = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ExtensionRequest> extensions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Bulletin> bulletins = new(StringComparer.Ordinal);

    private string BrigadeId => this.GetPrimaryKeyString();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        foreach (var inspection in await OversightLog.Inspections(events, BrigadeId))
        {
            inspections[inspection.Id] = inspection;
        }

        foreach (var item in await OversightLog.Rectifications(events, BrigadeId))
        {
            rectifications[item.Id] = item;
        }

        foreach (var extension in await OversightLog.Extensions(events, BrigadeId))
        {
            extensions[extension.Id] = extension;
        }

        foreach (var bulletin in await OversightLog.Bulletins(events, BrigadeId))
        {
            bulletins[bulletin.Id] = bulletin;
        }
    }

    public Task OnInspectionChanged(Inspection inspection)
    {
        if (!inspections.TryGetValue(inspection.Id, out var known) || known.Version <= inspection.Version)
        {
            inspections[inspection.Id] = inspection;
        }

        return Task.CompletedTask;
    }

    public async Task OnRectificationChanged(Rectification rectification)
    {
        // A 整改 item only grows: its steps are appended, never removed.
        if (!rectifications.TryGetValue(rectification.Id, out var known) || known.Steps.Length <= rectification.Steps.Length)
        {
            rectifications[rectification.Id] = rectification;
            await FiguresChanged();
        }
    }

    public async Task OnExtensionChanged(ExtensionRequest extension)
    {
        if (!extensions.TryGetValue(extension.Id, out var known) || known.Version <= extension.Version)
        {
            extensions[extension.Id] = extension;
            await FiguresChanged();
        }
    }

    /// <summary>Overdue 整改 and extensions granted are among the figures the brigade's 支队 reads.</summary>
    private Task FiguresChanged() => GrainFactory.GetGrain<IBrigadeGrain>(BrigadeId).OnFiguresChanged();

    public Task OnBulletinChanged(Bulletin bulletin)
    {
        if (!bulletins.TryGetValue(bulletin.Id, out var known) || known.Version <= bulletin.Version)
        {
            bulletins[bulletin.Id] = bulletin;
        }

        return Task.CompletedTask;
    }

    public Task<Inspection?> FindInspection(string inspectionId) => Task.FromResult(inspections.GetValueOrDefault(inspectionId));

    public Task<Rectification?> FindRectification(string rectificationId) => Task.FromResult(rectifications.GetValueOrDefault(rectificationId));

    public Task<Inspection[]> ListInspections(int? year) => Task.FromResult(inspections.Values
        .Where(i => year is null || i.Date.Year == year)
        .OrderByDescending(i => i.Date).ThenByDescending(i => i.RecordedAt)
        .ToArray());

    public async Task<Rectification[]> ListRectifications(RectificationFilter filter)
    {
        var today = filter.Overdue is null ? default : await Today();
        return rectifications.Values
            .Where(r => (filter.UnitId is null || r.UnitId == filter.UnitId)
                && (filter.LeaderId is null || r.LeaderId == filter.LeaderId)
                && (filter.InspectionId is null || r.InspectionId == filter.InspectionId)
                && (filter.State is null || r.State == filter.State)
                && (filter.Year is null || r.OpenedAt.Year == filter.Year || r.OriginalDue.Year == filter.Year)
                && (filter.Overdue is null || r.IsOverdue(today) == filter.Overdue))
            .OrderBy(r => r.OpenedAt).ThenBy(r => r.Id, StringComparer.Ordinal)
            .ToArray();
    }

    public Task<ExtensionRequest[]> ListExtensions() => Task.FromResult(extensions.Values
        .OrderByDescending(e => e.RequestedAt).ThenByDescending(e => e.Id, StringComparer.Ordinal)
        .ToArray());

    public Task<Bulletin[]> ListBulletins(int? year) => Task.FromResult(bulletins.Values
        .Where(b => year is null || b.Year == year)
        .OrderBy(b => b.Number is null).ThenBy(b => b.Number).ThenByDescending(b => b.DraftedAt)
        .ToArray());

    private async Task<DateOnly> Today() =>
        BrigadeClock.Today(time, (await GrainFactory.GetGrain<IBrigadeGrain>(BrigadeId).GetSettings()).TimeZone);
}
