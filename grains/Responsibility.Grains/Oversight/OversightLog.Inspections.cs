namespace Responsibility.Grains.Oversight;

using Responsibility.Grains.Abstractions.Oversight;
using Responsibility.Storage.Events;

public static partial class OversightLog
{
    /// <summary>The brigade's inspections as their streams leave them.</summary>
    public static async Task<IReadOnlyList<Inspection>> Inspections(IEventStore events, string brigadeId)
    {
        var prefix = InspectionEvent.Stream("");
        var rows = await events.ReadScopeAsync(brigadeId, prefix);
        var states = new Dictionary<string, InspectionState>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (!states.TryGetValue(row.StreamId, out var state))
            {
                states[row.StreamId] = state = new InspectionState();
            }

            state.Apply(InspectionEvent.Codec.Decode(row));
        }

        return [.. states.Select(s => s.Value.Inspection(s.Key[prefix.Length..])).OfType<Inspection>()];
    }
}
