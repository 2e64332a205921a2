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
        ["TemplateItemReceived"] = typeof(TemplateItemReceived),
        ["TemplateItemAdjusted"] = typeof(TemplateItemAdjusted),
    });

    public static string Stream(string brigadeId, int year) => $"duties/{brigadeId}/{year:D4}";
}

/// <summary>An item created or changed; <see cref="Before"/> is what it was (null: new), for the audit trail.</summary>
[GenerateSerializer, Alias("Responsibility.DutyItemPut")]
public sealed record DutyItemPut(DutyItem? Before, DutyItem Item) : DutyListEvent;

[GenerateSerializer, Alias("Responsibility.DutyItemRemoved")]
public sealed record DutyItemRemoved(DutyItem Item) : DutyListEvent;

/// <summary>A 支队 清单 item template reached this 清单 (支队交办): <see cref="Item"/> is the brigade's item, without holders.</summary>
[GenerateSerializer, Alias("Responsibility.TemplateItemReceived")]
public sealed record TemplateItemReceived(DutyItem Item, int Version) : DutyListEvent;

/// <summary>The 支队 changed the template: the item's fields as now (its holders kept), what changed in words.</summary>
[GenerateSerializer, Alias("Responsibility.TemplateItemAdjusted")]
public sealed record TemplateItemAdjusted(DutyItem Before, DutyItem Item, int Version, string Note) : DutyListEvent;
