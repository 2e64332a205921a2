namespace Responsibility.Api.Progress;

using Responsibility.Api.Attachments;
using Responsibility.Api.Tasks;
using Responsibility.Grains.Abstractions.Tasks;

public sealed record EntryResponse(
    string Id, double? Value, int? Stage, DateOnly OccurredOn, DateTimeOffset RecordedAt, string ReportedBy, string Note,
    string? Evidence, bool Returned, string? ReturnReason, string? ReturnedBy, DateTimeOffset? ReturnedAt,
    AttachmentResponse[] Attachments)
{
    public static EntryResponse From(ProgressEntry e) => new(
        e.Id, e.Value, e.Stage, e.OccurredOn, e.RecordedAt, e.ReportedBy, e.Note, e.Evidence, e.Returned,
        e.Return?.Reason, e.Return?.ReturnedBy, e.Return?.ReturnedAt,
        (e.Attachments ?? []).Select(AttachmentResponse.From).ToArray());
}

public sealed record EntryWithTask(EntryResponse Entry, TaskResponse Task)
{
    public static EntryWithTask From(EntryResult result) =>
        new(EntryResponse.From(result.Entry), TaskResponse.From(result.Task));
}
