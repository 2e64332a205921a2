namespace Responsibility.Grains.Duties;

using Responsibility.Grains.Abstractions.Duties;
using Responsibility.Grains.Journal;

/// <summary>What happens to a year's 责任清单: items put and removed, each with who and when.</summary>
[GenerateSerializer]
public abstract record DutyListEvent : JournalEvent
{
    public static readonly EventCodec<DutyListEvent> Codec = new(new Dictionary<string, Type>
    {
        ["DutyItemPut"] = typeof(DutyItemPut),
        ["DutyItemRemoved"] = typeof(DutyItemRemoved),
    });

    public static string Stream(string brigadeId, int year) => $"duties/{brigadeId}/{year:D4}";
}

/// <summary>An item created or changed; <see cref="Before"/> is what it was (null: new), for the audit trail.</summary>
[GenerateSerializer, Alias("Responsibility.DutyItemPut")]
public sealed record DutyItemPut(DutyItem? Before, DutyItem Item) : DutyListEvent;

[GenerateSerializer, Alias("Responsibility.DutyItemRemoved")]
public sealed record DutyItemRemoved(DutyItem Item) : DutyListEvent;
