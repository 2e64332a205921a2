namespace Responsibility.Grains.Abstractions.Duties;

/// <summary>
/// What a 履责纪实 record says was done: 谈心谈话 (Talk), 提醒谈话 (Reminder), 约谈 (Interview) — the three kinds of 谈话 —,
/// 专题研究 (Study), 督导检查 (Inspection), 讲党课 (Lecture), 廉政风险点排查 (RiskReview), or something else.
/// </summary>
public enum DutyRecordKind
{
    Talk = 0,
    Reminder = 1,
    Interview = 2,
    Study = 3,
    Inspection = 4,
    Lecture = 5,
    RiskReview = 6,
    Other = 7,
}

/// <summary>Who wrote a record: a person (一事一记), or the system from what a leader already did, linked to it.</summary>
public enum DutyRecordSource
{
    /// <summary>Written by the leader, the unit's head or a brigade leader.</summary>
    Written = 0,

    /// <summary>A 批示 the leader issued.</summary>
    Instruction = 1,

    /// <summary>A meeting the leader chaired.</summary>
    Meeting = 2,

    /// <summary>An entry the leader returned (退回).</summary>
    Return = 3,
}
