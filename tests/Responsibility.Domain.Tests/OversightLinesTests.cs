namespace Responsibility.Domain.Tests;

using Responsibility.Grains.Abstractions.Oversight;
using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Domain.Reports;

/// <summary>
/// 督责 in the reports, from constructed records as the log replays them: the monthly report's 整改 due and overdue (by
/// the current date, and counted by the original one) and the month's extensions, the annual report's figures — each
/// cut at the end of the report's day in the brigade's time zone (Beijing, UTC+8).
/// </summary>
public class OversightLinesTests
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);
    private static readonly DateOnly October31 = new(2024, 10, 31);

    /// <summary>Closed in January: an earlier finding of 执法记录仪使用 at 一中队.</summary>
    private static readonly Rectification R0 = Item("r0", "fazhi", At(3, 2), new DateOnly(2024, 3, 30))
        .Then(RectificationStepKind.Reported, At(3, 25)).Then(RectificationStepKind.Closed, At(4, 1));

    /// <summary>Due Oct 10, extended to Oct 20, returned on Oct 15: overdue on both dates; a repeat of <see cref="R0"/>.</summary>
    private static readonly Rectification R1 = (Item("r1", "yizhongdui", At(9, 5), new DateOnly(2024, 10, 10)) with { RepeatOf = "r0" })
        .Extended(At(10, 8), new DateOnly(2024, 10, 20))
        .Then(RectificationStepKind.Reported, At(10, 12)).Then(RectificationStepKind.Returned, At(10, 15));

    /// <summary>Opened and closed in October, due Oct 25.</summary>
    private static readonly Rectification R2 = Item("r2", "fazhi", At(10, 2), new DateOnly(2024, 10, 25))
        .Then(RectificationStepKind.Reported, At(10, 20)).Then(RectificationStepKind.Closed, At(10, 24));

    /// <summary>Due Sep 30 and never reported: overdue.</summary>
    private static readonly Rectification R3 = Item("r3", "xuanchuan", At(8, 1), new DateOnly(2024, 9, 30));

    /// <summary>Due Oct 30, extended on Oct 28 to Nov 30: not overdue by its current date, overdue by its original one.</summary>
    private static readonly Rectification R4 = Item("r4", "yizhongdui", At(10, 5), new DateOnly(2024, 10, 30))
        .Extended(At(10, 28), new DateOnly(2024, 11, 30));

    /// <summary>Opened in November: after October's cut.</summary>
    private static readonly Rectification R5 = Item("r5", "fazhi", At(11, 2), new DateOnly(2024, 12, 15));

    /// <summary>Due Oct 31, reported Oct 30, closed at 01:00 on Nov 1 Beijing time (17:00 UTC on Oct 31): not closed at October's cut.</summary>
    private static readonly Rectification R6 = Item("r6", "xuanchuan", At(10, 3), October31)
        .Then(RectificationStepKind.Reported, At(10, 30))
        .Then(RectificationStepKind.Closed, new DateTimeOffset(2024, 10, 31, 17, 0, 0, TimeSpan.Zero));

    private static readonly ExtensionRequest Granted = Extension("e1", ExtensionTargetKind.Rectification, "r1", "yizhongdui", At(10, 8), true);
    private static readonly ExtensionRequest Refused = Extension("e2", ExtensionTargetKind.Task, "task-Z-03", "yizhongdui", At(10, 12), false);
    private static readonly ExtensionRequest September = Extension("e3", ExtensionTargetKind.Task, "task-Z-05", "xuanchuan", At(9, 28), true);
    private static readonly ExtensionRequest Pending = Extension("e4", ExtensionTargetKind.Task, "task-Z-01", "fazhi", null, false);

    /// <summary>Decided at 01:00 on Nov 1 Beijing time: November's, not October's.</summary>
    private static readonly ExtensionRequest AfterMidnight = Extension(
        "e5", ExtensionTargetKind.Rectification, "r4", "yizhongdui", new DateTimeOffset(2024, 10, 31, 17, 0, 0, TimeSpan.Zero), true);

    private static readonly OversightInputs Log = new(
        [
            Inspection("i1", InspectionKind.EnforcementQuality, new DateOnly(2024, 3, 1)),
            Inspection("i2", InspectionKind.EnforcementQuality, new DateOnly(2024, 10, 1)),
            Inspection("i3", InspectionKind.Supervision, new DateOnly(2024, 6, 1)),
            Inspection("i4", InspectionKind.EnforcementQuality, new DateOnly(2023, 12, 20)),
        ],
        [R0, R1, R2, R3, R4, R5, R6],
        [Granted, Refused, September, Pending, AfterMidnight],
        [
            Bulletin("b1", BulletinKind.Situation, new DateOnly(2024, 3, 5)),
            Bulletin("b2", BulletinKind.Commendation, null),
            Bulletin("b3", BulletinKind.Criticism, new DateOnly(2024, 10, 10)),
            Bulletin("b4", BulletinKind.Situation, new DateOnly(2023, 12, 25)),
        ]);

    [Fact]
    public void MonthlyListsWhatFellDueAndWhatIsOverdueByTheCurrentDateAndCountsTheOriginal()
    {
        var (tally, _) = OversightLines.Monthly(Context(), Log, 2024, 10, October31);

        Assert.Equal(["r1", "r2", "r6"], tally.Due.Select(r => r.RectificationId));
        Assert.Equal(["r3", "r1"], tally.Overdue.Select(r => r.RectificationId));
        Assert.Equal(3, tally.OverdueAgainstOriginal);
        Assert.Equal((3, 1), (tally.Opened, tally.Closed));
        var r1 = tally.Due[0];
        Assert.Equal(
            ("一中队", "李卫东", new DateOnly(2024, 10, 10), new DateOnly(2024, 10, 20), 1, RectificationState.Returned, true),
            (r1.UnitName, r1.LeaderName, r1.OriginalDue, r1.Due, r1.ExtensionCount, r1.State, r1.Repeat));
        Assert.Equal(RectificationState.Reported, tally.Due[2].State);
        Assert.False(tally.Due[1].Repeat);
    }

    [Fact]
    public void MonthlyTakesTheExtensionsDecidedInTheMonthInTheBrigadesTimeZone()
    {
        var (_, extensions) = OversightLines.Monthly(Context(), Log, 2024, 10, October31);

        Assert.Equal(["e1", "e2"], extensions.Select(e => e.ExtensionId));
        var granted = extensions[0];
        Assert.Equal(
            (true, (DateOnly?)new DateOnly(2024, 11, 20), "一中队", "一中队的问题", new DateOnly(2024, 10, 8), new DateOnly(2024, 10, 10)),
            (granted.Granted, granted.GrantedDue, granted.UnitName, granted.TargetTitle, granted.DecidedOn, granted.OriginalDue));
        Assert.Equal((false, (DateOnly?)null), (extensions[1].Granted, extensions[1].GrantedDue));
    }

    [Fact]
    public void AnExtensionOfALeadersDutySlotNamesTheLeader()
    {
        var slot = Extension("e6", ExtensionTargetKind.DutySlot, "inspection:2024-10", "fazhi", At(10, 9), true) with
        {
            UnitId = null,
            Target = new ExtensionTarget(ExtensionTargetKind.DutySlot, "inspection:2024-10", LeaderId: "leader-wang"),
        };

        var (_, extensions) = OversightLines.Monthly(Context(), OversightInputs.None with { Extensions = [slot] }, 2024, 10, October31);

        Assert.Equal(("leader-wang", "王建国", (string?)null), (extensions[0].LeaderId, extensions[0].LeaderName, extensions[0].UnitName));
    }

    [Fact]
    public void APreviewCutsAtItsDay()
    {
        var (tally, extensions) = OversightLines.Monthly(Context(), Log, 2024, 10, new DateOnly(2024, 10, 10));

        // On Oct 10 r1 was due on the 20th (extended on the 8th), r3 overdue, r4 still due on the 30th, r2 not closed.
        Assert.Equal(["r3"], tally.Overdue.Select(r => r.RectificationId));
        Assert.Equal(["r1", "r2", "r4", "r6"], tally.Due.Select(r => r.RectificationId));
        Assert.Equal(RectificationState.Open, tally.Due[1].State);
        Assert.Equal((3, 0), (tally.Opened, tally.Closed));
        Assert.Equal(["e1"], extensions.Select(e => e.ExtensionId));
    }

    [Fact]
    public void AnnualCountsTheYearsInspectionsBulletinsRectificationsAndExtensions()
    {
        var figures = OversightLines.Annual(Context(), Log, 2024, new DateOnly(2024, 12, 31));

        Assert.Equal([(InspectionKind.EnforcementQuality, 2), (InspectionKind.Supervision, 1)], figures.Inspections.Select(i => (i.Kind, i.Count)));
        Assert.Equal([(BulletinKind.Situation, 1), (BulletinKind.Criticism, 1)], figures.Bulletins.Select(b => (b.Kind, b.Count)));
        Assert.Equal((7, 3, 4), (figures.RectificationsOpened, figures.RectificationsClosed, figures.RectificationsOverdue));
        Assert.Equal((3, 1), (figures.ExtensionsGranted, figures.ExtensionsRefused));
        Assert.Equal(3.0 / 7, figures.ClosedRate!.Value, 6);
    }

    [Fact]
    public void AnnualDraftDuringTheYearCountsWhatStoodOnItsDay()
    {
        var figures = OversightLines.Annual(Context(), Log, 2024, new DateOnly(2024, 6, 30));

        Assert.Equal(2, figures.InspectionCount);
        Assert.Equal(1, figures.BulletinCount);
        Assert.Equal((1, 1, 0), (figures.RectificationsOpened, figures.RectificationsClosed, figures.RectificationsOverdue));
        Assert.Equal((0, 0), (figures.ExtensionsGranted, figures.ExtensionsRefused));
    }

    [Fact]
    public void ComposedReportsCarryTheFiguresAndNoneWithoutTheLog()
    {
        var generatedAt = new DateTimeOffset(2024, 11, 1, 0, 0, 0, TimeSpan.Zero);
        var monthly = MonthlyReportComposer.Compose(Context().With(Log), 2024, 10, 1, generatedAt, "system");
        var annual = AnnualReportComposer.Compose(Context().With(Log), 2024, new DateOnly(2024, 12, 31), generatedAt);
        var without = MonthlyReportComposer.Compose(Context(), 2024, 10, 1, generatedAt, "system");

        Assert.Equal(3, monthly.Rectifications!.Due.Length);
        Assert.Equal(2, monthly.Extensions!.Length);
        Assert.Equal(7, annual.Oversight!.RectificationsOpened);
        Assert.Null(without.Rectifications);
        Assert.Null(without.Extensions);
    }

    private static ReportContext Context() => new(
        new BrigadeInfo(
            "zichuan",
            new BrigadeSettings("淄川大队", "淄川大队党总支", "淄博市交警支队", "Asia/Shanghai", null, StatusThresholds.Default),
            Zichuan.Units, Zichuan.Leaders, [2024], new DateOnly(2024, 1, 1)),
        []);

    /// <summary>Noon in Beijing on that day of 2024.</summary>
    private static DateTimeOffset At(int month, int day) => new(2024, month, day, 12, 0, 0, Beijing);

    private static Rectification Item(string id, string unitId, DateTimeOffset openedAt, DateOnly due) => new(
        id, "zichuan", "i1", $"{Zichuan.Units.First(u => u.Id == unitId).Name}的问题", "执法记录仪使用", unitId, null, Severity.Medium, null,
        unitId == "fazhi" ? "leader-wang" : "leader-li", "立即整改", due, null, "dadui", openedAt, []);

    private static ExtensionRequest Extension(
        string id, ExtensionTargetKind kind, string targetId, string unitId, DateTimeOffset? decidedAt, bool granted) => new(
        id, "zichuan", new ExtensionTarget(kind, targetId), $"{Zichuan.Units.First(u => u.Id == unitId).Name}的问题", unitId, "head",
        At(9, 1), new Deadline(new DateOnly(2024, 10, 10), new DateOnly(2024, 10, 10), 0), new DateOnly(2024, 11, 20), "人手不足", null, [], 1,
        new ExtensionApprover("leader-li"), false,
        decidedAt is { } at ? new ExtensionDecision(granted, granted ? new DateOnly(2024, 11, 20) : null, granted ? null : "理由不充分", "leader-li", at) : null,
        1);

    private static Inspection Inspection(string id, InspectionKind kind, DateOnly date) => new(
        id, "zichuan", kind, date, "检查", ["leader-wang"], ["fazhi"], "概况", "dadui", new DateTimeOffset(date.ToDateTime(new TimeOnly(18, 0)), Beijing), [], 1);

    private static Bulletin Bulletin(string id, BulletinKind kind, DateOnly? issuedOn) => new(
        id, "zichuan", issuedOn?.Year ?? 2024, kind, "通报", "正文", null, [], "dadui", At(1, 2), issuedOn is null ? null : 1, issuedOn, issuedOn is null ? null : "dadui",
        issuedOn is { } on ? new DateTimeOffset(on.ToDateTime(new TimeOnly(18, 0)), Beijing) : null, 1);
}

/// <summary>A 整改 item's later steps, for building one as the log replays it.</summary>
internal static class RectificationSteps
{
    public static Rectification Then(this Rectification r, RectificationStepKind kind, DateTimeOffset at) =>
        r with { Steps = [.. r.Steps, new RectificationStep(kind, "someone", at, "说明", kind == RectificationStepKind.Returned ? null : [])] };

    public static Rectification Extended(this Rectification r, DateTimeOffset at, DateOnly due) =>
        r with { Steps = [.. r.Steps, new RectificationStep(RectificationStepKind.Extended, "leader-li", at, Due: due, ExtensionId: "e")] };
}
