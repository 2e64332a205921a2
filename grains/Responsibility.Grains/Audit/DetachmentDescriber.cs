namespace Responsibility.Grains.Audit;

using System.Globalization;
using Responsibility.Grains.Abstractions.Audit;
using Responsibility.Grains.Detachments;
using Responsibility.Storage.Events;

/// <summary>Says what an event of a 支队 at its level did (its settings, a brigade attached), in the words of the pages.</summary>
public static class DetachmentDescriber
{
    public static bool Describes(string streamId) => streamId.StartsWith(DetachmentEvent.Stream(""), StringComparison.Ordinal);

    public static (string Action, string? TaskId, string Subject, IEnumerable<AuditChange> Changes) Describe(StoredEvent row) =>
        DetachmentEvent.Codec.Decode(row) switch
        {
            DetachmentConfigured c => (c.Before is null ? "设立支队" : "修改支队信息", null, c.After.Name,
            [
                new("名称", c.Before?.Name, c.After.Name),
                new("时区", c.Before?.TimeZone, c.After.TimeZone),
            ]),
            DetachmentBrigadeAttached a => ("大队划入支队", null, a.Name,
            [
                new("大队", null, $"{a.Name}（{a.BrigadeId}）"),
                new("划入日期", null, a.On.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ]),
            var e => (e.GetType().Name, null, row.StreamId[DetachmentEvent.Stream("").Length..], []),
        };
}
