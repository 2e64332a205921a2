namespace Responsibility.Grains.Oversight;

using Responsibility.Grains.Abstractions.Oversight;
using Responsibility.Grains.Journal;

/// <summary>An inspection as its events leave it: the draft recorded and the items its findings opened.</summary>
[GenerateSerializer]
public sealed class InspectionState : IEventState<InspectionEvent>
{
    [Id(1)]
    public InspectionDraft? Draft { get; set; }

    [Id(2)]
    public string? Author { get; set; }

    [Id(3)]
    public DateTimeOffset RecordedAt { get; set; }

    [Id(4)]
    public List<Rectification> Findings { get; set; } = [];

    /// <summary>How many events made this state (the stream's version).</summary>
    [Id(5)]
    public int Events { get; set; }

    public void Apply(InspectionEvent e)
    {
        Events++;
        switch (e)
        {
            case InspectionRecorded recorded:
                (Draft, Author, RecordedAt) = (recorded.Draft, e.Actor, e.At);
                break;
            case FindingAdded added:
                Findings.Add(added.Item);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(e), e.GetType().Name, "unknown inspection event");
        }
    }

    /// <summary>The inspection under <paramref name="id"/>; null before it is recorded.</summary>
    public Inspection? Inspection(string id) => Draft is not { } d ? null : new Inspection(
        id, d.BrigadeId, d.Kind, d.Date, d.Title, d.InspectorIds, d.UnitIds, d.Summary, Author!, RecordedAt,
        [.. Findings.Select(f => new FindingRef(f.Id, f.UnitId))], Events);
}
