namespace Responsibility.Grains.Audit;

using System.Globalization;
using Responsibility.Grains.Abstractions.Audit;
using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Oversight;
using Responsibility.Grains.Abstractions.Text;
using Responsibility.Grains.Oversight;
using Responsibility.Storage.Events;

/// <summary>Says what an inspection's event did, and what happened to a unit's 整改 item, in the words of the pages.</summary>
public sealed class OversightDescriber(BrigadeInfo brigade)
{
    public static bool Describes(string streamId) => streamId.StartsWith(InspectionEvent.Stream(""), StringComparison.Ordinal);

    public (string Action, string? TaskId, string Subject, IEnumerable<AuditChange> Changes) Describe(StoredEvent row)
    {
        var id = row.StreamId[InspectionEvent.Stream("").Length..];
        return InspectionEvent.Codec.Decode(row) switch
        {
            InspectionRecorded r => ("记录检查", null, $"{Date(r.Draft.Date)} {r.Draft.Title}",
            [
                new("检查类型", null, InspectionText.KindName(r.Draft.Kind)),
                new("检查日期", null, Date(r.Draft.Date)),
                new("检查人员", null, string.Join("、", r.Draft.InspectorIds.Select(Leader))),
                new("被检查单位", null, string.Join("、", r.Draft.UnitIds.Select(Unit))),
                new("检查情况", null, r.Draft.Summary),
            ]),
            FindingAdded f => ("发现问题并交办整改", null, $"检查 {id}", Opened(f.Item)),
            var e => (e.GetType().Name, null, $"检查 {id}", []),
        };
    }

    /// <summary>The fields of a 整改 item as opened.</summary>
    public IEnumerable<AuditChange> Opened(Rectification item) =>
    [
        new("问题", null, item.Problem),
        new("问题类别", null, item.Category),
        new("责任单位", null, Unit(item.UnitId)),
        new("责任领导", null, Leader(item.LeaderId)),
        new("责任人", null, item.Person),
        new("严重程度", null, InspectionText.SeverityName(item.Severity)),
        new("依据", null, item.Basis),
        new("整改措施", null, item.Measures),
        new("整改时限", null, Date(item.OriginalDue)),
        new("重复发生", null, item.RepeatOf),
    ];

    private static string Date(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private string Leader(string id) => Array.Find(brigade.Leaders, l => l.Id == id)?.Name ?? id;

    private string Unit(string id) => Array.Find(brigade.Units, u => u.Id == id)?.Name ?? id;
}
