namespace Responsibility.Grains.Abstractions.Tasks;

using Responsibility.Grains.Abstractions.Attachments;

/// <summary>
/// One stored 进度填报. <see cref="RequestHash"/> fingerprints the request that made it, so a retry with the same
/// Idempotency-Key but another body is told apart (null for entries stored before it existed). <see cref="Evidence"/> is
/// the reporter's own words about the evidence; <see cref="Attachments"/> are the files (佐证材料) attached to the entry.
/// </summary>
[GenerateSerializer, Immutable, Alias("Responsibility.ProgressEntry")]
public sealed record ProgressEntry(
    string Id,
    double? Value,
    int? Stage,
    DateOnly OccurredOn,
    DateTimeOffset RecordedAt,
    string ReportedBy,
    string Note,
    string? Evidence,
    string? IdempotencyKey,
    EntryReturn? Return,
    string? RequestHash = null,
    AttachedFile[]? Attachments = null)
{
    public bool Returned => Return is not null;
}
