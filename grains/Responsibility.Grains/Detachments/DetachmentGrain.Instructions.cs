namespace Responsibility.Grains.Detachments;

using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Detachments;
using Responsibility.Grains.Abstractions.Supervision;

/// <summary>The 督办 the detachment issued (<see cref="ListInstructions"/>), as its monthly report reads them: each where it stands today.</summary>
public sealed partial class DetachmentGrain
{
    private async Task<DetachmentInstructionLine[]> InstructionLines()
    {
        var zone = BrigadeClock.Zone(Settings.TimeZone);
        return [.. (await ListInstructions()).Select(view =>
        {
            var record = view.Record;
            var closed = record.IsClosed() ? Array.FindLast(record.Steps, s => s.Kind == InstructionStepKind.Closed) : null;
            return new DetachmentInstructionLine(
                record.Definition.Id,
                record.Definition.BrigadeId,
                State.Brigades.Find(b => b.BrigadeId == record.Definition.BrigadeId)?.Name ?? record.Definition.BrigadeId,
                record.Definition.Text,
                record.Definition.IssuedOn,
                record.Due() ?? record.Definition.IssuedOn,
                view.Status,
                closed is null ? null : DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(closed.At, zone).DateTime));
        })];
    }
}
