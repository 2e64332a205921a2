namespace Responsibility.Grains.Journal;

using System.Text.Json;
using Responsibility.Storage;
using Responsibility.Storage.Events;

/// <summary>
/// Turns events into log rows and back. The kind column names the event type with a stable name, never a CLR type
/// name, so a rename in code leaves stored events readable.
/// </summary>
public sealed class EventCodec<TEvent>(IReadOnlyDictionary<string, Type> kinds)
    where TEvent : JournalEvent
{
    public static readonly JsonSerializerOptions Json = SqlGrainStorageOptions.DefaultJson();

    private readonly Dictionary<Type, string> names = kinds.ToDictionary(k => k.Value, k => k.Key);

    public NewEvent Encode(TEvent e) =>
        new(names[e.GetType()], JsonSerializer.Serialize(e, e.GetType(), Json), e.Actor, e.At);

    public TEvent Decode(StoredEvent row)
    {
        if (!kinds.TryGetValue(row.Kind, out var type))
        {
            throw new InvalidOperationException($"Unknown event kind '{row.Kind}' in stream {row.StreamId} at {row.Sequence}.");
        }

        var e = (TEvent)JsonSerializer.Deserialize(row.Payload, type, Json)!;
        return (TEvent)((JournalEvent)e with { Actor = row.Actor, At = row.RecordedAt });
    }

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Json);

    public static T? Deserialize<T>(string json) => JsonSerializer.Deserialize<T>(json, Json);
}
