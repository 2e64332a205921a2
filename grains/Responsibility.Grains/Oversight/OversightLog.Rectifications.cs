namespace Responsibility.Grains.Oversight;

using Responsibility.Grains.Abstractions.Duties;
using Responsibility.Grains.Abstractions.Oversight;
using Responsibility.Grains.Duties;
using Responsibility.Grains.Supervision;
using Responsibility.Storage.Events;

public static partial class OversightLog
{
    /// <summary>The 整改 items the brigade's units hold, as the units' streams leave them.</summary>
    public static async Task<IReadOnlyList<Rectification>> Rectifications(IEventStore events, string brigadeId)
    {
        var prefix = DutyHolderEvent.Stream(new DutyHolder(brigadeId, DutyHolderKind.Unit, ""));
        return [.. SupervisionLog.Replay<DutyHolderState, DutyHolderEvent>(
                await events.ReadScopeAsync(brigadeId, prefix), DutyHolderEvent.Codec.Decode, (s, e) => s.Apply(e))
            .SelectMany(s => s.Rectifications)];
    }
}
