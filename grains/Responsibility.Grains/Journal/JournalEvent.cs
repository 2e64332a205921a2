namespace Responsibility.Grains.Journal;

using System.Text.Json.Serialization;

/// <summary>
/// What every journaled event carries besides its payload: who did it and when. They live in the log's own
/// columns (<c>actor</c>, <c>recorded_at</c>), so the JSON payload leaves them out.
/// </summary>
[GenerateSerializer]
public abstract record JournalEvent
{
    [Id(0)]
    [JsonIgnore]
    public string Actor { get; init; } = "";

    [Id(1)]
    [JsonIgnore]
    public DateTimeOffset At { get; init; }
}
