namespace Responsibility.Grains.Ballots;

/// <summary>
/// Who has rated whom: "attendee␟leaderId" marks, kept sorted so the stored set says nothing of the order they came in.
/// </summary>
[GenerateSerializer]
public sealed class BallotRollState
{
    public const char Separator = '\u001f';

    [Id(0)]
    public List<string> Marks { get; set; } = [];
}
