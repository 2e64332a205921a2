namespace Responsibility.Api.Pages;

/// <summary>
/// The 记录例会 form. People are typed as they are written on paper, separated by 、，or line breaks; topics one a line.
/// </summary>
public sealed class MeetingInput
{
    public DateOnly? Date { get; set; }

    public string? Title { get; set; }

    public string? Chair { get; set; }

    public string? Attendees { get; set; }

    public string? Topics { get; set; }

    public string? ReportMonth { get; set; }

    /// <summary>例会 (Monthly) or 述责述廉会议 (Accountability), which hears no report and opens the 民主测评.</summary>
    public Grains.Abstractions.Supervision.MeetingKind? Kind { get; set; }

    public string[] AttendeeList => PeopleList.Split(Attendees);

    public string[] TopicList => PeopleList.Lines(Topics, ['\n']);
}
