namespace Responsibility.Api.Oversight;

using Responsibility.Api.Attachments;
using Responsibility.Api.Pages;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Oversight;
using Responsibility.Grains.Abstractions.Reports;
using Responsibility.Grains.Abstractions.Text;

/// <summary>Turns inspections and 整改 items into responses, naming units, leaders and people with a few calls for any number.</summary>
public sealed class InspectionResponses(IGrainFactory grains, IServiceProvider services)
{
    public async Task<RectificationResponse[]> Items(string brigadeId, IReadOnlyCollection<Rectification> items)
    {
        if (items.Count == 0)
        {
            return [];
        }

        var info = await grains.GetGrain<IBrigadeGrain>(brigadeId).GetInfo();
        var today = BrigadeDay.Today(services, info.Settings.TimeZone);
        var oversight = grains.GetGrain<IOversightGrain>(brigadeId);
        var titles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in items.Select(i => i.InspectionId).Distinct())
        {
            titles[id] = (await oversight.FindInspection(id))?.Title ?? "";
        }

        var names = await Names(brigadeId, items.SelectMany(i => i.Steps.Select(s => s.Actor).Append(i.OpenedBy)));
        return [.. items.Select(i => Item(info, i, titles.GetValueOrDefault(i.InspectionId) ?? "", today, names))];
    }

    public async Task<RectificationResponse> Item(Rectification item) => (await Items(item.BrigadeId, [item]))[0];

    /// <summary>The inspection with the findings given (those the caller may read).</summary>
    public async Task<InspectionResponse> Inspection(Inspection inspection, IReadOnlyCollection<Rectification> findings)
    {
        var info = await grains.GetGrain<IBrigadeGrain>(inspection.BrigadeId).GetInfo();
        var names = await Names(inspection.BrigadeId, [inspection.Author]);
        return new InspectionResponse(
            inspection.Id, inspection.BrigadeId, inspection.Kind, InspectionText.KindName(inspection.Kind), inspection.Date, inspection.Title,
            inspection.InspectorIds, [.. inspection.InspectorIds.Select(id => LeaderName(info, id))],
            inspection.UnitIds, [.. inspection.UnitIds.Select(id => UnitName(info, id))], inspection.Summary, inspection.Author,
            names(inspection.Author), inspection.RecordedAt, inspection.Findings.Length, await Items(inspection.BrigadeId, findings));
    }

    public static string LeaderName(BrigadeInfo info, string id) => Array.Find(info.Leaders, l => l.Id == id)?.Name ?? id;

    public static string UnitName(BrigadeInfo info, string id) => Array.Find(info.Units, u => u.Id == id)?.Name ?? id;

    private static RectificationResponse Item(BrigadeInfo info, Rectification i, string title, DateOnly today, Func<string, string> person) => new(
        i.Id, i.BrigadeId, i.InspectionId, title, i.Problem, i.Category, i.UnitId, UnitName(info, i.UnitId), i.Person, i.Severity, i.Basis,
        i.LeaderId, LeaderName(info, i.LeaderId), i.Measures, i.OriginalDue, i.Due, i.ExtensionCount, i.State, InspectionText.StateName(i.State),
        i.IsOverdue(today), i.RepeatOf, i.OpenedBy, person(i.OpenedBy), i.OpenedAt,
        [.. i.Steps.Select(s => new RectificationStepResponse(
            s.Kind, s.Actor, person(s.Actor), s.At, s.Text, [.. (s.Attachments ?? []).Select(AttachmentResponse.From)], s.Due, s.ExtensionId))]);

    private async Task<Func<string, string>> Names(string brigadeId, IEnumerable<string> usernames)
    {
        var names = await grains.GetGrain<IAccountDirectoryGrain>(brigadeId).DisplayNames([.. usernames.Distinct()]);
        return username => names.GetValueOrDefault(username) ?? ReportActors.NameOf(username);
    }
}
