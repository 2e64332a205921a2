namespace Responsibility.Grains.Duties;

using Responsibility.Grains.Abstractions.Duties;
using Responsibility.Grains.Journal;

/// <summary>A year's 责任清单 as its events leave it, in the order items were first put.</summary>
[GenerateSerializer]
public sealed class DutyListState : IEventState<DutyListEvent>
{
    [Id(0)]
    public List<DutyItem> Items { get; set; } = [];

    /// <summary>Items handed down by a 支队, by item id: the template version each has, the last change noted.</summary>
    [Id(1)]
    public Dictionary<string, TemplateItemMark> FromTemplates { get; set; } = [];

    public void Apply(DutyListEvent e)
    {
        switch (e)
        {
            case DutyItemPut put:
                var at = Items.FindIndex(i => i.Id == put.Item.Id);
                if (at >= 0)
                {
                    Items[at] = put.Item;
                }
                else
                {
                    Items.Add(put.Item);
                }

                break;
            case TemplateItemReceived received:
                Put(received.Item);
                FromTemplates[received.Item.Id] = new TemplateItemMark(received.Version, null, null);
                break;
            case TemplateItemAdjusted adjusted:
                Put(adjusted.Item);
                FromTemplates[adjusted.Item.Id] = new TemplateItemMark(adjusted.Version, adjusted.At, adjusted.Note);
                break;
            case DutyItemRemoved removed:
                Items.RemoveAll(i => i.Id == removed.Item.Id);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(e), e.GetType().Name, "unknown duty list event");
        }
    }

    private void Put(DutyItem item)
    {
        var at = Items.FindIndex(i => i.Id == item.Id);
        if (at >= 0)
        {
            Items[at] = item;
        }
        else
        {
            Items.Add(item);
        }
    }
}

/// <summary>The template version a handed-down item has and the 支队's last change noted on it.</summary>
[GenerateSerializer, Immutable, Alias("Responsibility.TemplateItemMark")]
public sealed record TemplateItemMark(int Version, DateTimeOffset? At, string? Note);
