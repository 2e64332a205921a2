namespace Responsibility.Grains.Abstractions;

using Responsibility.Grains.Abstractions.Supervision;

/// <summary>
/// A 党总支扩大会 (月度例会) and its decisions (议定事项), each carried out as instructions to its units. Keyed by the
/// server-generated id (<see cref="RecordIds"/>).
/// </summary>
public interface IMeetingGrain : IGrainWithStringKey
{
    /// <summary>
    /// Records the meeting with the monthly report it heard attached (the month's latest version, generated now if the
    /// month has none). The date may not be after today and the month must have ended (<see cref="ErrorKind.Invalid"/>
    /// naming the field); a meeting is recorded once (<see cref="ErrorKind.Conflict"/>).
    /// </summary>
    Task<MeetingRecord> Record(MeetingDraft draft, string actor);

    /// <summary>
    /// Adds a decision: one instruction per unit, supervised by the decision's leader, issued on the meeting's day.
    /// Units and leader must be the brigade's, the due date not before the meeting.
    /// </summary>
    Task<MeetingRecord> AddDecision(DecisionDraft draft, string actor);

    /// <summary>The meeting; null when none was recorded under this id.</summary>
    Task<MeetingRecord?> Get();

    /// <summary>The 会议纪要 as of now; <see cref="ErrorKind.NotFound"/> for an unknown meeting.</summary>
    Task<MeetingMinutes> Minutes();
}
