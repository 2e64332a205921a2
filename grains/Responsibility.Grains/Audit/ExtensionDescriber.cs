namespace Responsibility.Grains.Audit;

using System.Globalization;
using Responsibility.Grains.Abstractions.Audit;
using Responsibility.Grains.Abstractions.Oversight;
using Responsibility.Grains.Oversight;
using Responsibility.Storage.Events;

/// <summary>Says what an event of a 延期申请 did, in the words of the pages.</summary>
public static class ExtensionDescriber
{
    public static bool Describes(string streamId) => streamId.StartsWith(ExtensionEvent.Stream(""), StringComparison.Ordinal);

    public static (string Action, string? TaskId, string Subject, IEnumerable<AuditChange> Changes) Describe(StoredEvent row)
    {
        var id = row.StreamId[ExtensionEvent.Stream("").Length..];
        return ExtensionEvent.Codec.Decode(row) switch
        {
            ExtensionRequested { Request: var r } => (r.SetByLeader ? "领导设定新时限" : "申请延期", TaskOf(r.Target), $"延期申请：{r.TargetTitle}",
            [
                new("原定时限", null, Date(r.Deadline.OriginalDue)),
                new("当前时限", null, Date(r.Deadline.Due)),
                new("申请延期至", null, Date(r.ProposedDue)),
                new("理由", null, r.Reason),
                new("进展情况", null, r.Progress),
                new("佐证材料", null, r.Attachments.Length > 0 ? string.Join("、", r.Attachments.Select(f => f.FileName)) : null),
            ]),
            ExtensionGranted g => ("批准延期", null, $"延期申请 {id}", [new("批准延期至", null, Date(g.GrantedDue)), new("审批意见", null, g.Note)]),
            ExtensionRefused f => ("不予延期", null, $"延期申请 {id}", [new("理由", null, f.Reason)]),
            var e => (e.GetType().Name, null, $"延期申请 {id}", []),
        };
    }

    private static string? TaskOf(ExtensionTarget target) => target.Kind == ExtensionTargetKind.Task ? target.Id : null;

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
