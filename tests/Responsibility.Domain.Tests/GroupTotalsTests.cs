namespace Responsibility.Domain.Tests;

using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Rollups;
using Responsibility.Grains.Abstractions.Tasks;
using Responsibility.Grains.Domain;
using static Build;

/// <summary>A group's running totals are exact: what tasks add, their removal takes away to the last bit.</summary>
public class GroupTotalsTests
{
    private static readonly UnitDefinition[] Units = [new("u1", "一中队", null, null), new("u2", "二中队", null, null), new("u3", "法制室", null, null)];

    [Fact]
    public void TotalsAreBackToNothingOnceEveryTaskHasLeftInAnotherOrder()
    {
        var totals = new GroupTotals();
        var random = new Random(11);
        var judged = Enumerable.Range(0, 500)
            .Select(i => Judged(Define(i), random.NextDouble(), random.NextDouble(), (ProgressStatus)(i % 5)))
            .ToList();

        judged.ForEach(totals.Add);
        foreach (var task in judged.OrderBy(_ => random.Next()))
        {
            totals.Remove(task);
        }

        Assert.Equal(Rollups.Summarize([]), totals.ToRollup() with { Lagging = [] });
        Assert.Empty(totals.ToRollup().Lagging);
    }

    private static TaskDefinition Define(int i) => CountTask($"T{i:D3}", 10) with
    {
        Id = $"t{i}",
        UnitId = Units[i % 3].Id,
        LeaderId = i % 3 == 2 ? "l2" : "l1",
        Category = $"类别{i % 4}",
        DutyLine = i % 2 == 0 ? DutyLine.Business : DutyLine.Accountability,
        Weight = 1 + i % 3,
        IndicatorCode = i % 10 == 0 ? $"k{i % 20}" : null,
    };
}
