namespace Responsibility.Grains.Abstractions.Tasks;

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
    EntryReturn? Return)
{
    public bool Returned => Return is not null;
}
