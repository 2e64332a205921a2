namespace Responsibility.Domain.Tests;

using Responsibility.Grains.Abstractions.Attachments;
using Responsibility.Grains.Abstractions.Duties;
using Responsibility.Grains.Abstractions.Reports;
using Responsibility.Grains.Abstractions.Tasks;
using Responsibility.Grains.Domain.Duties;
using Responsibility.Grains.Domain.Reports;

/// <summary>What a report reads of a leader's 清单 and records: the slots as of its date, the records of its period.</summary>
public sealed class DutyLinesTests
{
    private static readonly DutyHolder Zhao = DutyHolder.Leader("zichuan", "zhao");

    [Fact]
    public void MonthsLinesHoldTheRecordsDatedInItOldestFirstAndNameEverySlotMissedByItsEnd()
    {
        DutyItem[] items = [Item("talk", "开展谈心谈话", Cadence.Monthly), Item("study", "研究部署党风廉政建设", Cadence.Quarterly)];
        DutyRecord[] records =
        [
            Record("r-feb", new DateOnly(2026, 2, 3), DutyRecordKind.Talk, "talk:2026-02"),
            Record("r-apr10", new DateOnly(2026, 4, 10), DutyRecordKind.Inspection),
            Record("r-apr2", new DateOnly(2026, 4, 2), DutyRecordKind.Talk, "talk:2026-04"),
            Record("r-may", new DateOnly(2026, 5, 1), DutyRecordKind.Talk),
        ];
        var end = new DateOnly(2026, 4, 30);
        var sheet = DutySlots.Sheet(Zhao, 2026, end, items, [.. records.Where(r => r.OccurredOn <= end)]);

        var lines = DutyInputs.Lines(sheet, records, new DateOnly(2026, 4, 1), end);

        Assert.Equal(["r-apr2", "r-apr10"], lines.Records.Select(r => r.RecordId));
        Assert.Equal(2, lines.ItemCount);
        Assert.Equal(new DutyCompletion(6, 2, 3), lines.Accountability);
        Assert.Equal(
            ["talk 2026-01", "study 2026-Q1", "talk 2026-03"],
            lines.Missed.Select(m => $"{m.ItemId} {m.Period}"));
    }

    [Fact]
    public void PledgesCountedAreThoseTheLeaderSignsAsFirstPartyWithLeadersSignedByTheCut()
    {
        var cut = new DateTimeOffset(2026, 2, 1, 0, 0, 0, TimeSpan.FromHours(8));
        Pledge[] pledges =
        [
            Pledge("zhao", Signed(cut.AddDays(-10))),
            Pledge("liu", Signed(cut.AddDays(1))),
            Pledge("han", null),
            new("p-unit", 2026, "wang", DutyHolder.Unit("zichuan", "fazhi"), [], Signed(cut.AddDays(-10))),
        ];

        var tally = new DutyInputs(new Dictionary<string, (DutySheet, DutyRecord[])>(), pledges).PledgesOf("wang", cut);

        Assert.Equal(new PledgeTally(1, 3), tally);
    }

    private static DutyItem Item(string id, string title, Cadence cadence) => new(
        id, 2026, "班子成员一岗双责", title, "", DutyLine.Accountability, cadence, null, "", new DutyAssignees(true, [], []), []);

    private static DutyRecord Record(string id, DateOnly on, DutyRecordKind kind, params string[] slots) => new(
        id, Zhao, kind, on, "纪实", [], slots, Array.Empty<AttachedFile>(), null, [], "zhao", new DateTimeOffset(on.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));

    private static Pledge Pledge(string partyB, PledgeSignature? signature) =>
        new($"p-{partyB}", 2026, "wang", DutyHolder.Leader("zichuan", partyB), [], signature);

    private static PledgeSignature Signed(DateTimeOffset at) => new("p", DateOnly.FromDateTime(at.DateTime), null, "admin", at);
}
