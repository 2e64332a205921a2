namespace Responsibility.Domain.Tests;

using Responsibility.Grains.Abstractions.Duties;
using Responsibility.Grains.Abstractions.Tasks;
using Responsibility.Grains.Domain.Duties;

/// <summary>The slots each cadence makes across its year, and where they stand as the days pass and records come in.</summary>
public sealed class DutyCalendarTests
{
    private static readonly DutyHolder Wang = DutyHolder.Leader("zichuan", "wang");

    [Theory]
    [InlineData(Cadence.Monthly, 12, "2026-01", "2026-01-31", "2026-12", "2026-12-31")]
    [InlineData(Cadence.Quarterly, 4, "2026-Q1", "2026-03-31", "2026-Q4", "2026-12-31")]
    [InlineData(Cadence.HalfYearly, 2, "2026-H1", "2026-06-30", "2026-H2", "2026-12-31")]
    [InlineData(Cadence.Yearly, 1, "2026", "2026-12-31", "2026", "2026-12-31")]
    [InlineData(Cadence.Once, 1, "2026", "2026-05-20", "2026", "2026-05-20")]
    public void EachCadenceMakesItsSlotsAcrossTheYearDueOnTheirPeriodsLastDay(
        Cadence cadence, int count, string firstPeriod, string firstDue, string lastPeriod, string lastDue)
    {
        var periods = DutyCalendar.Periods(Item(cadence));

        Assert.Equal(count, periods.Count);
        Assert.Equal((firstPeriod, DateOnly.Parse(firstDue)), (periods[0].Key, periods[0].Due));
        Assert.Equal((lastPeriod, DateOnly.Parse(lastDue)), (periods[^1].Key, periods[^1].Due));
        Assert.Equal(new DateOnly(2026, 1, 1), periods[0].Start);
    }

    [Theory]
    [InlineData("2026-03-31", SlotState.Due)]
    [InlineData("2026-04-01", SlotState.Missed)]
    [InlineData("2026-02-28", SlotState.Upcoming)]
    public void UnrecordedSlotIsUpcomingThenDueThenMissedAndStaysShown(string day, SlotState expected)
    {
        var sheet = DutySlots.Sheet(Wang, 2026, DateOnly.Parse(day), [Item(Cadence.Monthly)], []);

        var march = sheet.Slots.Single(s => s.Period == "2026-03");
        Assert.Equal(expected, march.State);
        Assert.Equal(12, sheet.Slots.Count());
    }

    [Fact]
    public void RecordedSlotCountsAsDoneAndTheLineCountsOnlyBegunSlots()
    {
        var record = Record("talk:2026-03", new DateOnly(2026, 3, 12));

        var sheet = DutySlots.Sheet(Wang, 2026, new DateOnly(2026, 4, 15), [Item(Cadence.Monthly)], [record]);

        Assert.Equal(SlotState.Recorded, sheet.Slots.Single(s => s.Period == "2026-03").State);
        Assert.Equal([record.Id], sheet.Slots.Single(s => s.Period == "2026-03").RecordIds);
        Assert.Equal(new DutyCompletion(4, 1, 2), sheet.Accountability);
        Assert.Equal(DutyCompletion.None, sheet.Business);
    }

    [Fact]
    public void GrantedExtensionMovesTheSlotsDueSoItIsNotMissedAndKeepsTheOriginal()
    {
        var move = new SlotDueMove("talk:2026-03", "ext-1", new DateOnly(2026, 4, 30), DateTimeOffset.UnixEpoch);

        var moved = DutySlots.Sheet(Wang, 2026, new DateOnly(2026, 4, 15), [Item(Cadence.Monthly)], [], [move]);
        var late = DutySlots.Sheet(Wang, 2026, new DateOnly(2026, 5, 1), [Item(Cadence.Monthly)], [], [move]);

        var march = moved.Slots.Single(s => s.Period == "2026-03");
        Assert.Equal((SlotState.Due, new DateOnly(2026, 4, 30), new DateOnly(2026, 3, 31), 1), (march.State, march.Due, march.OriginalDue, march.ExtensionCount));
        Assert.Equal(SlotState.Missed, moved.Slots.Single(s => s.Period == "2026-02").State);
        Assert.Equal(SlotState.Missed, late.Slots.Single(s => s.Period == "2026-03").State);
    }

    [Theory]
    [InlineData("talk:2026-03", 2026)]
    [InlineData("a:b:2025-Q1", 2025)]
    [InlineData("talk", null)]
    [InlineData("talk:20", null)]
    [InlineData("talk:abcd", null)]
    public void SlotIdNamesTheYearOfItsPeriod(string slotId, int? year) => Assert.Equal(year, DutySlotIds.YearOf(slotId));

    [Fact]
    public void AnItemHeldByOthersMakesNoSlotsForThisLeader()
    {
        var others = Item(Cadence.Monthly) with { Assignees = new DutyAssignees(false, ["zhao"], ["fazhi"]) };

        var sheet = DutySlots.Sheet(Wang, 2026, new DateOnly(2026, 4, 15), [others], []);

        Assert.Empty(sheet.Items);
    }

    private static DutyItem Item(Cadence cadence) => new(
        "talk", 2026, "班子成员一岗双责", "开展谈心谈话", "每月与分管单位负责人谈心谈话一次", DutyLine.Accountability, cadence,
        cadence == Cadence.Once ? new DateOnly(2026, 5, 20) : null, "谈话记录", new DutyAssignees(true, [], []), []);

    private static DutyRecord Record(string slot, DateOnly on) => new(
        "r1", Wang, DutyRecordKind.Talk, on, "与法制室负责人谈心谈话", ["孙建华"], [slot], [], null, [], "dadui", on.ToDateTime(new TimeOnly(9, 0)));
}
