namespace Responsibility.Grains.Abstractions.Reports;

/// <summary>
/// An entry a leader returned (退回) during the month. <see cref="ReportedBy"/> and <see cref="ReturnedBy"/> are
/// usernames; the display names were added later and are null in snapshots stored before them. <see cref="ReasonWithheld"/>:
/// the reason is left out of the copy a reader downloads who may not read the task's entries; never set when stored.
/// </summary>
[GenerateSerializer, Immutable, Alias("Responsibility.ReturnedLine")]
public sealed record ReturnedLine(
    string TaskId,
    string Code,
    string Title,
    string UnitName,
    double? Value,
    int? Stage,
    DateOnly OccurredOn,
    string ReportedBy,
    string Reason,
    string ReturnedBy,
    DateOnly ReturnedOn,
    string? ReportedByName = null,
    string? ReturnedByName = null,
    bool ReasonWithheld = false);
