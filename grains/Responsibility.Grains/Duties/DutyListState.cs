namespace Responsibility.Grains.Duties;

using Responsibility.Grains.Abstractions.Duties;
using Responsibility.Grains.Journal;

/// <summary>A year's 责任清单 as its events leave it, in the order items were first put.</summary>
[GenerateSerializer]
public sealed class DutyListState : IEventState<DutyListEvent>
{
    [Id(0)]
    public List<DutyItem> Items { get; set; } = [];

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
            case DutyItemRemoved removed:
                Items.RemoveAll(i => i.Id == removed.Item.Id);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(e), e.GetType().Name, "unknown duty list event");
        }
    }
}
