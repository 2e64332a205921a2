namespace Responsibility.Grains.Duties;

using Responsibility.Grains.Abstractions.Duties;
using Responsibility.Grains.Abstractions.Oversight;
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

    /// <summary>A unit's 整改 items, oldest first, each with its steps.</summary>
    [Id(3)]
    public List<Rectification> Rectifications { get; set; } = [];

    /// <summary>Due dates moved by granted extensions, in order.</summary>
    [Id(4)]
    public List<SlotDueMove> SlotMoves { get; set; } = [];

    /// <summary>A leader's 述责述廉报告 by year (issue 19; ids from 40 leave room for the others).</summary>
    [Id(40)]
    public Dictionary<int, AccountabilityLog> AccountabilityReports { get; set; } = [];

    public void Apply(DutyHolderEvent e)
    {
        switch (e)
        {
            case AccountabilityDrafted or AccountabilitySaved or AccountabilitySubmitted or AccountabilityReturned or AccountabilityAccepted:
                ApplyAccountability(e);
                break;
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
            case RectificationOpened opened:
                Rectifications.Add(opened.Item);
                break;
            case RectificationReported reported:
                Step(reported.RectificationId, new(RectificationStepKind.Reported, e.Actor, e.At, reported.Text, reported.Attachments));
                break;
            case RectificationReturned returned:
                Step(returned.RectificationId, new(RectificationStepKind.Returned, e.Actor, e.At, returned.Reason));
                break;
            case RectificationClosed closed:
                Step(closed.RectificationId, new(RectificationStepKind.Closed, e.Actor, e.At));
                break;
            case RectificationDueMoved moved:
                Step(moved.RectificationId, new(RectificationStepKind.Extended, e.Actor, e.At, Due: moved.Due, ExtensionId: moved.ExtensionId));
                break;
            case SlotDueMoved slotMoved:
                SlotMoves.Add(slotMoved.Move);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(e), e.GetType().Name, "unknown duty holder event");
        }
    }

    private void ApplyAccountability(DutyHolderEvent e)
    {
        var year = e switch
        {
            AccountabilityDrafted d => d.Year,
            AccountabilitySaved s => s.Year,
            AccountabilitySubmitted s => s.Year,
            AccountabilityReturned r => r.Year,
            _ => ((AccountabilityAccepted)e).Year,
        };
        AccountabilityReports[year] = AccountabilityLog.Apply(AccountabilityReports.GetValueOrDefault(year), e);
    }

    private void Step(string rectificationId, RectificationStep step)
    {
        var i = Rectifications.FindIndex(r => r.Id == rectificationId);
        Rectifications[i] = Rectifications[i] with { Steps = [.. Rectifications[i].Steps, step] };
    }
}
