namespace Responsibility.Grains.Audit;

using System.Globalization;
using Responsibility.Grains.Abstractions.Audit;
using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Oversight;
using Responsibility.Grains.Abstractions.Text;
using Responsibility.Grains.Documents;
using Responsibility.Grains.Oversight;
using Responsibility.Storage.Events;

/// <summary>Says what a 通报's event, or a number taken for a document, did, in the words of the pages.</summary>
public sealed class BulletinDescriber(BrigadeInfo brigade)
{
    public static bool Describes(string streamId) =>
        streamId.StartsWith(BulletinEvent.Stream(""), StringComparison.Ordinal)
        || streamId.StartsWith(DocumentNumberEvent.Stream(""), StringComparison.Ordinal);

    public (string Action, string? TaskId, string Subject, IEnumerable<AuditChange> Changes) Describe(StoredEvent row)
    {
        if (row.StreamId.StartsWith(DocumentNumberEvent.Stream(""), StringComparison.Ordinal))
        {
            var key = row.StreamId[DocumentNumberEvent.Stream("").Length..];
            var e = DocumentNumberEvent.Codec.Decode(row);
            return e is NumberTaken taken
                ? ("文件编号", null, Series(key), [new("编号", null, taken.Number.ToString(CultureInfo.InvariantCulture))])
                : (e.GetType().Name, null, Series(key), []);
        }

        var id = row.StreamId[BulletinEvent.Stream("").Length..];
        return BulletinEvent.Codec.Decode(row) switch
        {
            BulletinDrafted d => ("起草通报", null, d.Draft.Title,
            [
                new("类型", null, InspectionText.BulletinKindName(d.Draft.Kind)),
                new("通报单位", null, d.Draft.UnitIds.Length > 0 ? string.Join("、", d.Draft.UnitIds.Select(Unit)) : null),
                new("正文", null, d.Draft.Body),
            ]),
            BulletinEdited ed => ("修改通报", null, ed.Title, [new("正文", null, ed.Body)]),
            BulletinIssued i => ("签发通报", null, i.Title, [new("期号", null, $"〔{i.Year}〕第{i.Number}期"), new("印发日期", null, i.IssuedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))]),
            var other => (other.GetType().Name, null, $"通报 {id}", []),
        };
    }

    /// <summary>"2026年通报" for the series "{brigade}/bulletin/2026".</summary>
    private static string Series(string key)
    {
        var parts = key.Split('/');
        var name = parts.Length >= 2 && parts[^2] == BulletinGrain.Series ? "通报" : parts.Length >= 2 ? parts[^2] : key;
        return parts.Length >= 1 && int.TryParse(parts[^1], NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? $"{year}年{name}" : name;
    }

    private string Unit(string unitId) => Array.Find(brigade.Units, u => u.Id == unitId)?.Name ?? unitId;
}
