namespace Responsibility.Grains.Abstractions.Supervision;

/// <summary>
/// What a meeting is: the monthly 党总支扩大会 (月度例会) that hears the month's report, or the yearly 述责述廉 meeting at
/// which the leaders are rated (民主测评). Meetings recorded before kinds existed read as <see cref="Monthly"/>.
/// </summary>
public enum MeetingKind
{
    Monthly = 0,
    Accountability = 1,
}
