namespace Responsibility.Grains.Duties;

using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Providers;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Detachments;
using Responsibility.Grains.Abstractions.Duties;
using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Tasks;
using Responsibility.Grains.Domain.Duties;
using Responsibility.Grains.Journal;
using Responsibility.Storage.Events;

/// <summary>
/// A brigade's 责任清单 for one year is its event stream. It checks every item against the brigade's leaders, units and
/// tasks, and asks the holders before an item they have recorded against is removed.
/// </summary>
[LogConsistencyProvider(ProviderName = LogProviders.Events)]
public sealed class DutyListGrain(IEventStore events, [FromKeyedServices(DomainClock.Key)] TimeProvider time)
    : LoggedGrain<DutyListState, DutyListEvent>(events, DutyListEvent.Codec), IDutyListGrain
{
    private string BrigadeId => GrainKeys.BrigadeOf(this.GetPrimaryKeyString());

    private int Year
    {
        get
        {
            var key = this.GetPrimaryKeyString();
            return int.Parse(key[(key.IndexOf('/') + 1)..], CultureInfo.InvariantCulture);
        }
    }

    protected override string Stream => DutyListEvent.Stream(BrigadeId, Year);

    public Task<DutyItem[]> List() => Task.FromResult(State.Items.ToArray());

    public async Task<DutyItem> Put(DutyItem item, string actor)
    {
        var (brigade, tasks) = await Brigade(item.TaskIds);
        var before = State.Items.Find(i => i.Id == item.Id);
        if (before is null && State.FromTemplates.ContainsKey(item.Id))
        {
            throw DomainException.Conflict($"清单事项编号 {item.Id} 已用于支队交办事项。", "id");
        }

        // A 支队交办 item keeps its source whatever the edit sends; no edit makes an item 支队交办.
        var checkedItem = DutyRules.Check(item with { Source = before?.Source }, Year, brigade, tasks);
        if (before is null && State.Items.Count >= DutyLimits.MaxItems)
        {
            throw DomainException.Conflict($"一年的清单最多 {DutyLimits.MaxItems} 项。");
        }

        if (before is not null && Same(before, checkedItem))
        {
            return before;
        }

        await Raise(new DutyItemPut(before, checkedItem) { Actor = actor, At = time.GetUtcNow() });
        return checkedItem;
    }

    public async Task Remove(string itemId, string actor)
    {
        var item = State.Items.Find(i => i.Id == itemId) ?? throw DomainException.NotFound($"清单事项 {itemId} 不存在。");
        if (item.Source is not null)
        {
            throw DomainException.Conflict("支队交办的清单事项不能删除；可设置其责任主体。");
        }

        var brigade = await GrainFactory.GetGrain<IBrigadeGrain>(BrigadeId).GetInfo();
        foreach (var holder in Holders(item, brigade))
        {
            if (await Holder(holder).HasRecordsFor(itemId, Year))
            {
                throw DomainException.Conflict("该事项已有履责记录，不能删除；如不再执行，可调整其责任主体或说明情况。");
            }
        }

        await Raise(new DutyItemRemoved(item) { Actor = actor, At = time.GetUtcNow() });
    }

    public async Task<DutyItem[]> Import(DutyItem[] items, string actor)
    {
        var (brigade, tasks) = await Brigade([.. items.SelectMany(i => i.TaskIds)]);
        if (items.Select(i => i.Id).Distinct(StringComparer.Ordinal).Count() != items.Length)
        {
            throw DomainException.Invalid("items", "表中有重复的事项编号。");
        }

        // A 支队交办 item keeps its source through a sheet as through an edit.
        var checkedItems = items
            .Select((item, row) => DutyRules.Check(item with { Source = State.Items.Find(x => x.Id == item.Id)?.Source }, Year, brigade, tasks, $"items[{row}]."))
            .ToArray();
        var added = checkedItems.Count(i => State.Items.TrueForAll(x => x.Id != i.Id));
        if (State.Items.Count + added > DutyLimits.MaxItems)
        {
            throw DomainException.Conflict($"一年的清单最多 {DutyLimits.MaxItems} 项。");
        }

        var now = time.GetUtcNow();
        var changes = checkedItems
            .Select(i => (Before: State.Items.Find(x => x.Id == i.Id), Item: i))
            .Where(c => c.Before is null || !Same(c.Before, c.Item))
            .Select(c => (DutyListEvent)new DutyItemPut(c.Before, c.Item) { Actor = actor, At = now })
            .ToArray();
        if (changes.Length > 0)
        {
            await Raise(changes);
        }

        return [.. State.Items];
    }

    public async Task<DutyItem[]> CopyFrom(int fromYear, string actor)
    {
        if (State.Items.Count > 0)
        {
            throw DomainException.Conflict($"{Year} 年的清单已有事项，不能再复制；可逐项修改或导入。");
        }

        if (fromYear == Year)
        {
            throw DomainException.Invalid("from", "不能从同一年复制。");
        }

        var source = await GrainFactory.GetGrain<IDutyListGrain>(GrainKeys.DutyList(BrigadeId, fromYear)).List();
        if (source.Length == 0)
        {
            throw DomainException.Invalid("from", $"{fromYear} 年没有清单可复制。");
        }

        var brigade = await GrainFactory.GetGrain<IBrigadeGrain>(BrigadeId).GetInfo();
        var now = time.GetUtcNow();
        var copied = source.Select(i => DutyRules.CopyTo(i, Year, brigade)).OfType<DutyItem>()
            .Select(i => (DutyListEvent)new DutyItemPut(null, i) { Actor = actor, At = now })
            .ToArray();
        await Raise(copied);
        return [.. State.Items];
    }

    public async Task<string> ReceiveTemplateItem(TemplateSource source, TemplateDutyItem template, int version, string? note, string actor)
    {
        var id = TemplateIds.DutyItem(source, BrigadeId);
        var before = State.Items.Find(i => i.Id == id);
        if (before is null)
        {
            if (State.FromTemplates.ContainsKey(id))
            {
                return id;
            }

            if (State.Items.Count >= DutyLimits.MaxItems)
            {
                throw DomainException.Conflict($"一年的清单最多 {DutyLimits.MaxItems} 项。");
            }

            var item = Fields(new DutyItem(id, Year, "", "", "", template.DutyLine, template.Cadence, null, "", new DutyAssignees(false, [], []), [], source), template);
            await Raise(new TemplateItemReceived(item, version) { Actor = actor, At = time.GetUtcNow() });
            return id;
        }

        if (State.FromTemplates.TryGetValue(id, out var mark) && mark.Version >= version)
        {
            return id;
        }

        var after = Fields(before, template);
        await Raise(new TemplateItemAdjusted(before, after, version, note ?? "支队交办事项已调整") { Actor = actor, At = time.GetUtcNow() });
        return id;
    }

    public Task<TemplateItemState[]> GetTemplateItems() => Task.FromResult(State.Items
        .Where(i => i.Source is not null)
        .Select(i =>
        {
            var mark = State.FromTemplates.GetValueOrDefault(i.Id) ?? new TemplateItemMark(1, null, null);
            return new TemplateItemState(i.Id, i.Year, i.Title, i.Source!, !i.AwaitsHolders(), mark.Version, mark.At, mark.Note);
        })
        .ToArray());

    public async Task<Pledge[]> GetPledges()
    {
        var brigade = await GrainFactory.GetGrain<IBrigadeGrain>(BrigadeId).GetInfo();
        var pairs = PledgeRules.Pairs(brigade, Year);
        var signatures = (await Task.WhenAll(pairs.Select(p => p.PartyB).Distinct().Select(h => Holder(h).GetSignatures(Year))))
            .SelectMany(s => s)
            .ToDictionary(s => s.PledgeId, StringComparer.Ordinal);
        return [.. pairs.Select(p => PledgeRules.Compose(p, Year, State.Items, signatures.GetValueOrDefault(p.Id)))];
    }

    protected override string ScopeOf(DutyListState state) => BrigadeId;

    /// <summary>Leaders and units that hold an item.</summary>
    private IEnumerable<DutyHolder> Holders(DutyItem item, BrigadeInfo brigade) =>
        brigade.Leaders.Select(l => DutyHolder.Leader(BrigadeId, l.Id))
            .Concat(brigade.Units.Select(u => DutyHolder.Unit(BrigadeId, u.Id)))
            .Where(item.Assignees.Includes);

    private IDutyHolderGrain Holder(DutyHolder holder) => holder.Kind == DutyHolderKind.Leader
        ? GrainFactory.GetGrain<ILeaderGrain>(holder.Key)
        : GrainFactory.GetGrain<IUnitGrain>(holder.Key);

    private async Task<(BrigadeInfo Brigade, TaskDefinition[] Tasks)> Brigade(string[] taskIds)
    {
        var brigade = GrainFactory.GetGrain<IBrigadeGrain>(BrigadeId);
        return (await brigade.GetInfo(), taskIds.Length == 0 ? [] : await brigade.GetDefinitions([.. taskIds.Distinct()]));
    }

    /// <summary>The item with the template's fields; its holders, tasks and source stay.</summary>
    private static DutyItem Fields(DutyItem item, TemplateDutyItem t) => item with
    {
        Section = t.Section, Title = t.Title, Requirement = t.Requirement, DutyLine = t.DutyLine, Cadence = t.Cadence,
        DueDate = t.Cadence == Cadence.Once ? t.DueDate : null, Evidence = t.Evidence,
    };

    private static bool Same(DutyItem a, DutyItem b) =>
        EventCodec<DutyListEvent>.Serialize(a) == EventCodec<DutyListEvent>.Serialize(b);
}
