namespace Responsibility.Grains.Abstractions;

using Responsibility.Grains.Abstractions.Ballots;
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

    /// <summary>
    /// Casts a 民主测评 ballot at a 述责述廉 meeting whose rating is open (<see cref="ErrorKind.Conflict"/> otherwise): the
    /// voter must be an attendee (<see cref="ErrorKind.Forbidden"/>), the leader one of the brigade's other leaders
    /// (<see cref="ErrorKind.Invalid"/>), once per attendee and leader (<see cref="ErrorKind.Conflict"/>). The roll is marked
    /// before the ballot is stored: a crash in between loses that ballot, never counts one twice.
    /// </summary>
    Task CastBallot(Voter voter, Ballot ballot);

    /// <summary>The leaders the voter has rated (from the roll, never the ballots); none when not an attendee.</summary>
    Task<string[]> RatedBy(Voter voter);

    /// <summary>Whether the voter is an attendee of this meeting (chair or listed).</summary>
    Task<bool> IsAttendee(Voter voter);

    /// <summary>The ratings: live until closed, then as closed. <see cref="ErrorKind.Conflict"/> unless a 述责述廉 meeting.</summary>
    Task<MeetingRatings> Ratings();

    /// <summary>
    /// Closes the rating: the results are final, judged against the brigade's threshold of the day; a leader below it
    /// asks the 第一责任人 for a 提醒谈话. Once only (<see cref="ErrorKind.Conflict"/>).
    /// </summary>
    Task<MeetingRecord> CloseRating(string actor);
}
