namespace Responsibility.Grains.Abstractions.Reports;

using Responsibility.Grains.Abstractions.Duties;

/// <summary>
/// A leader's 一岗双责 as a report reads it: their items of the year's 清单 (<see cref="ItemCount"/>) and each line's slots as
/// they stood on the report's date, the slots 未履责 by then (<see cref="Missed"/>), and the 履责纪实 of the report's period
/// (the month, or the year so far), oldest first.
/// </summary>
[GenerateSerializer, Immutable, Alias("Responsibility.LeaderDuties")]
public sealed record LeaderDuties(
    int ItemCount,
    DutyCompletion Business,
    DutyCompletion Accountability,
    MissedDuty[] Missed,
    DutyRecordLine[] Records);

/// <summary>A slot 未履责: its item and period (2026-03, 2026-Q1, 2026-H1, 2026) and the day it was due.</summary>
[GenerateSerializer, Immutable, Alias("Responsibility.MissedDuty")]
public sealed record MissedDuty(string ItemId, string Title, string Period, DateOnly Due);

/// <summary>
/// One 履责纪实 record as a report lists it: when, what kind, who made it (written, or made by the system from a 批示, a
/// meeting or a return), its content and how many took part (人次). <see cref="ContentWithheld"/>: the content is left out
/// of the copy a reader downloads who may not read the leader's records (SPEC §3); never set in a stored report.
/// </summary>
[GenerateSerializer, Immutable, Alias("Responsibility.DutyRecordLine")]
public sealed record DutyRecordLine(
    string RecordId,
    DateOnly OccurredOn,
    DutyRecordKind Kind,
    DutyRecordSource Source,
    string Content,
    int Participants,
    bool ContentWithheld = false);

/// <summary>The 责任书 a leader signs as first party (第一责任人 with each 班子成员): how many there are and how many are signed.</summary>
[GenerateSerializer, Immutable, Alias("Responsibility.PledgeTally")]
public sealed record PledgeTally(int Signed, int Total);
