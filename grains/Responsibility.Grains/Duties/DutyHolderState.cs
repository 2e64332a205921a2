namespace Responsibility.Grains.Duties;

using Responsibility.Grains.Abstractions.Duties;
using Responsibility.Grains.Journal;

/// <summary>A leader's or a unit's records, signings and risk register as its events leave them.</summary>
[GenerateSerializer]
public sealed class DutyHolderState : IEventState<DutyHolderEvent>
{
    [Id(0)]
    public List<DutyRecord> Records { get; set; } = [];

    [Id(1)]
    public List<PledgeSignature> Signatures { get; set; } = [];

    [Id(2)]
    public List<RiskRow> Risks { get; set; } = [];

    /// <summary>Due dates moved by granted extensions, in order.</summary>
    [Id(3)]
    public List<SlotDueMove> SlotMoves { get; set; } = [];

    public void Apply(DutyHolderEvent e)
    {
        switch (e)
        {
            case DutyRecorded recorded:
                Records.Add(recorded.Record);
                break;
            case PledgeSigned signed:
                Signatures.Add(signed.Signature);
                break;
            case RiskPut put:
                Risks.RemoveAll(r => r.Year == put.Row.Year && r.Id == put.Row.Id);
                Risks.Add(put.Row);
                break;
            case SlotDueMoved moved:
                SlotMoves.Add(moved.Move);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(e), e.GetType().Name, "unknown duty holder event");
        }
    }
}
