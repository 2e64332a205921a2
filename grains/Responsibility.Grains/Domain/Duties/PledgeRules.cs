namespace Responsibility.Grains.Domain.Duties;

using Responsibility.Grains.Abstractions.Duties;
using Responsibility.Grains.Abstractions.Org;

/// <summary>
/// Who signs 责任书 with whom (签订): the 第一责任人 with each other 班子成员, and each 班子成员 with each unit they
/// supervise. A pledge holds the items of the year's 清单 its second party holds.
/// </summary>
public static class PledgeRules
{
    public sealed record Pair(string Id, string PartyA, DutyHolder PartyB);

    public static IReadOnlyList<Pair> Pairs(BrigadeInfo brigade, int year)
    {
        var pairs = new List<Pair>();
        if (Array.Find(brigade.Leaders, l => l.IsFirstResponsible) is { } first)
        {
            pairs.AddRange(brigade.Leaders.Where(l => l.Id != first.Id)
                .Select(l => Of(brigade.Id, year, first.Id, DutyHolder.Leader(brigade.Id, l.Id))));
        }

        pairs.AddRange(brigade.Leaders.SelectMany(l => l.UnitIds
            .Where(u => Array.Exists(brigade.Units, x => x.Id == u))
            .Select(u => Of(brigade.Id, year, l.Id, DutyHolder.Unit(brigade.Id, u)))));
        return pairs;
    }

    public static Pledge Compose(Pair pair, int year, IEnumerable<DutyItem> items, PledgeSignature? signature) => new(
        pair.Id, year, pair.PartyA, pair.PartyB,
        [.. items.Where(i => i.Year == year && i.Assignees.Includes(pair.PartyB)).Select(i => i.Id)], signature);

    private static Pair Of(string brigadeId, int year, string partyA, DutyHolder partyB) => new(PledgeIds.Of(brigadeId, year, partyA, partyB), partyA, partyB);
}
