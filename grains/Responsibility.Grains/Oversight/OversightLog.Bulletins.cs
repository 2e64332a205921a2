namespace Responsibility.Grains.Oversight;

using Responsibility.Grains.Abstractions.Oversight;
using Responsibility.Storage.Events;

public static partial class OversightLog
{
    /// <summary>The brigade's 通报 as their streams leave them.</summary>
    public static async Task<IReadOnlyList<Bulletin>> Bulletins(IEventStore events, string brigadeId)
    {
        var states = new Dictionary<string, BulletinState>(StringComparer.Ordinal);
        foreach (var row in await events.ReadScopeAsync(brigadeId, BulletinEvent.Stream("")))
        {
            if (!states.TryGetValue(row.StreamId, out var state))
            {
                states[row.StreamId] = state = new BulletinState();
            }

            state.Apply(BulletinEvent.Codec.Decode(row));
        }

        return [.. states.Values.Select(s => s.Current).OfType<Bulletin>()];
    }
}
