namespace Responsibility.Grains.Supervision;

using Responsibility.Grains.Abstractions.Supervision;
using Responsibility.Grains.Journal;

/// <summary>An instruction as its events leave it.</summary>
[GenerateSerializer]
public sealed class InstructionState : IEventState<InstructionEvent>
{
    [Id(0)]
    public InstructionDefinition? Definition { get; set; }

    [Id(1)]
    public DateTimeOffset IssuedAt { get; set; }

    [Id(2)]
    public List<InstructionStep> Steps { get; set; } = [];

    /// <summary>How many events made this state (the stream's version).</summary>
    [Id(3)]
    public int Events { get; set; }

    public void Apply(InstructionEvent e)
    {
        Events++;
        switch (e)
        {
            case InstructionIssued issued:
                (Definition, IssuedAt) = (issued.Definition, issued.At);
                break;
            case InstructionAnswered answered:
                Steps.Add(new(InstructionStepKind.Answered, e.Actor, e.At, answered.Text, answered.Attachments ?? []));
                break;
            case InstructionClosed:
                Steps.Add(new(InstructionStepKind.Closed, e.Actor, e.At));
                break;
            case InstructionReopened reopened:
                Steps.Add(new(InstructionStepKind.Reopened, e.Actor, e.At, reopened.Reason));
                break;
            case InstructionEscalated:
                Steps.Add(new(InstructionStepKind.Escalated, e.Actor, e.At));
                break;
            case InstructionDueMoved moved:
                Steps.Add(new(InstructionStepKind.Extended, e.Actor, e.At, Due: moved.Due, ExtensionId: moved.ExtensionId));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(e), e.GetType().Name, "unknown instruction event");
        }
    }

    public InstructionRecord? Record() => Definition is null ? null : new(Definition, IssuedAt, [.. Steps], Events);
}
