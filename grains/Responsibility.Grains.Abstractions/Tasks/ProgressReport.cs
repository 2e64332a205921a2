namespace Responsibility.Grains.Abstractions.Tasks;

/// <summary>
/// One 进度填报 as sent by a unit head: a value (Count increment, Rate level) or a milestone stage.
/// <see cref="OccurredOn"/> defaults to today in the brigade's time zone. <see cref="Confirmed"/> says the reporter
/// has confirmed an unusually large Count increment (more than twice the year's target). <see cref="AttachmentIds"/> are
/// files the reporter uploaded before, to be attached to the entry.
/// </summary>
[GenerateSerializer, Immutable, Alias("Responsibility.ProgressReport")]
public sealed record ProgressReport(
    double? Value,
    int? Stage,
    DateOnly? OccurredOn,
    string Note,
    string? Evidence,
    string? IdempotencyKey,
    bool Confirmed = false,
    string[]? AttachmentIds = null);
