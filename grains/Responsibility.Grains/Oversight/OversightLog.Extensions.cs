namespace Responsibility.Grains.Oversight;

using Responsibility.Grains.Abstractions.Oversight;
using Responsibility.Storage.Events;

public static partial class OversightLog
{
    /// <summary>The brigade's extension requests as their streams leave them.</summary>
    public static async Task<IReadOnlyList<ExtensionRequest>> Extensions(IEventStore events, string brigadeId)
    {
        var states = new Dictionary<string, ExtensionLogState>(StringComparer.Ordinal);
        foreach (var row in await events.ReadScopeAsync(brigadeId, ExtensionEvent.Stream("")))
        {
            if (!states.TryGetValue(row.StreamId, out var state))
            {
                states[row.StreamId] = state = new ExtensionLogState();
            }

            state.Apply(ExtensionEvent.Codec.Decode(row));
        }

        return states.Values.Select(s => s.Request).OfType<ExtensionRequest>().ToList();
    }
}
