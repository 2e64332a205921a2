namespace Responsibility.Api.Pages;

/// <summary>
/// The 记录例会 form. People are typed as they are written on paper, separated by 、，or line breaks; topics one a line.
/// </summary>
public sealed class MeetingInput
{
    private static readonly char[] PeopleSeparators = ['、', '，', ',', '；', ';', '\n'];

    public DateOnly? Date { get; set; }

    public string? Title { get; set; }

    public string? Chair { get; set; }

    public string? Attendees { get; set; }

    public string? Topics { get; set; }

    public string? ReportMonth { get; set; }

    public string[] AttendeeList => Split(Attendees, PeopleSeparators);

    public string[] TopicList => Split(Topics, ['\n']);

    private static string[] Split(string? text, char[] separators) =>
        (text ?? "").Split(separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
