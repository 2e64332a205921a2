namespace Responsibility.Grains.Tests;

using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Appraisal;
using Responsibility.Grains.Abstractions.Duties;
using Responsibility.Grains.Abstractions.Oversight;
using Responsibility.Grains.Abstractions.Supervision;
using Responsibility.Grains.Abstractions.Tasks;

/// <summary>
/// 述责述廉: a leader's report is drafted from what the log holds of them (tasks, 清单 slots and records, instructions, the
/// 整改 of their units, 责任书) with no 廉洁自律 text of the system's, kept in the leader's stream with every version, moved
/// through submit, return and accept, frozen once accepted, and rebuilt from the log after a restart.
/// </summary>
public sealed class AccountabilityReportTests : IAsyncLifetime
{
    private readonly ClusterFixture cluster = new();

    public Task InitializeAsync() => cluster.InitializeAsync();

    public Task DisposeAsync() => cluster.DisposeAsync();

    [Fact]
    public async Task TheDraftCarriesTheLeadersRealFiguresAndLeavesIntegrityToThem()
    {
        // Drafting reads the year's 责任书, which read the leader's own signatures back (GetSignatures interleaves).
        var (_, zhao) = await Seeded();

        var report = await zhao.GetAccountabilityReport(2024, null, "zhao-account");

        var f = report.Figures;
        var sheet = await zhao.GetDuties(2024, new DateOnly(2024, 12, 10));
        Assert.Equal((1, 1, 1.0), (f.Business.TaskCount, f.Business.Counts.Done, f.Business.Percent));
        Assert.Equal((1, 0, 1, 0.1), (f.Accountability.TaskCount, f.Accountability.Counts.Done, f.Accountability.Counts.Red, f.Accountability.Percent));
        Assert.Equal((1, sheet.Accountability), (f.DutyItems, f.AccountabilityDuties));
        Assert.True(sheet.Accountability.Missed > 0);
        Assert.Equal((3, 1, 1, 1), (f.Records, f.InstructionsIssued, f.InstructionsClosed, f.InstructionsClosedOnTime));
        Assert.Equal((1, 0, 1), (f.RectificationsOpened, f.RectificationsClosed, f.RectificationsOverdue));
        Assert.False(f.PledgeSigned);
        var s = report.Shown.Sections;
        Assert.Contains("分管宣传中队", s.Performance);
        Assert.Contains("牵头业务工作任务1项，已完成1项，总体完成进度100.0%", s.Performance);
        Assert.Contains("牵头党风廉政建设任务1项，已完成0项，总体完成进度10.0%", s.Performance);
        Assert.Contains("滞后（红灯）1项", s.Performance);
        var c = sheet.Accountability;
        Assert.Contains($"党风廉政建设应履责{c.Due}项次，已履责{c.Recorded}项次，未履责{c.Missed}项次", s.Performance);
        Assert.Contains("形成履责纪实3条", s.Performance);
        Assert.Contains("5月8日，督导检查：督导检查宣传中队执法记录仪使用情况", s.Performance);
        Assert.Contains("作出批示、督办和整改要求1件，已办结1件，其中按期办结1件", s.Performance);
        Assert.Contains("督促分管单位整改问题1个，已整改销号0个，逾期未销号1个", s.Performance);
        Assert.Contains("2024年度党风廉政建设责任书尚未签订", s.Performance);
        Assert.Contains($"共{c.Missed}项次未按时履责", s.Problems);
        Assert.Contains("“任务 A01”（完成10.0%", s.Problems);
        Assert.Contains("分管单位1个整改问题逾期未销号", s.Problems);
        Assert.Contains("分管单位尚未销号的1个整改问题", s.Plans);
        Assert.Equal("", s.Integrity);
        Assert.DoesNotContain("廉洁自律", s.Performance + s.Problems + s.Plans);
        Assert.Equal((AccountabilityState.Draft, 1, 1, "赵刚", "副大队长"), (report.State, report.Shown.Number, report.Versions, report.LeaderName, report.LeaderPost));
        Assert.Equal(new DateOnly(2024, 12, 10), report.AsOf);
    }

    [Fact]
    public async Task TheFiguresStayAsDraftedUntilARedraftWhichKeepsTheLeadersText()
    {
        var (_, zhao) = await Seeded();
        await zhao.GetAccountabilityReport(2024, null, "zhao-account");
        await zhao.EditAccountabilityReport(2024, new AccountabilityEdit("严守廉洁纪律。"), "zhao-account");
        await zhao.Record(new DutyRecordDraft(DutyRecordKind.Lecture, new DateOnly(2024, 12, 9), "讲授廉政党课", [], [], [], null), "zhao-account");

        var read = await zhao.GetAccountabilityReport(2024, null, "dadui");
        var redrafted = await zhao.RedraftAccountabilityReport(2024, "zhao-account");

        Assert.Equal((3, 2), (read.Figures.Records, read.Versions));
        Assert.Equal((4, 3, AccountabilityStepKind.Drafted), (redrafted.Figures.Records, redrafted.Versions, redrafted.Shown.Kind));
        Assert.Contains("形成履责纪实4条", redrafted.Shown.Sections.Performance);
        Assert.Equal("严守廉洁纪律。", redrafted.Shown.Sections.Integrity);
    }

    [Fact]
    public async Task EveryVersionIsKeptAndTheWorkflowRefusesWhatItsStateDoesNotAllow()
    {
        var (_, zhao) = await Seeded();
        var draft = await zhao.GetAccountabilityReport(2024, null, "zhao-account");

        var noText = await Assert.ThrowsAsync<DomainException>(() => zhao.SubmitAccountabilityReport(2024, "zhao-account"));
        Assert.Equal((ErrorKind.Invalid, "integrity"), (noText.Kind, noText.Field));
        Assert.Equal(ErrorKind.Conflict, (await Assert.ThrowsAsync<DomainException>(() => zhao.AcceptAccountabilityReport(2024, "dadui"))).Kind);
        Assert.Equal(ErrorKind.Conflict, (await Assert.ThrowsAsync<DomainException>(() => zhao.ReturnAccountabilityReport(2024, "补充", "dadui"))).Kind);

        await zhao.EditAccountabilityReport(2024, new AccountabilityEdit("本人严格遵守廉洁自律准则。", Problems: "本人改写的问题。"), "zhao-account");
        var submitted = await zhao.SubmitAccountabilityReport(2024, "zhao-account");
        Assert.Equal(AccountabilityState.Submitted, submitted.State);
        Assert.Equal(ErrorKind.Conflict, (await Assert.ThrowsAsync<DomainException>(
            () => zhao.EditAccountabilityReport(2024, new AccountabilityEdit("再改"), "zhao-account"))).Kind);

        var returned = await zhao.ReturnAccountabilityReport(2024, "请补充谈心谈话的具体情况。", "dadui");
        Assert.Equal((AccountabilityState.Returned, "请补充谈心谈话的具体情况。"), (returned.State, returned.ReturnNote));
        await zhao.EditAccountabilityReport(2024, new AccountabilityEdit("本人严格遵守廉洁自律准则，按规定报告个人有关事项。"), "zhao-account");
        await zhao.SubmitAccountabilityReport(2024, "zhao-account");
        var accepted = await zhao.AcceptAccountabilityReport(2024, "dadui");

        Assert.Equal((AccountabilityState.Accepted, 3), (accepted.State, accepted.Versions));
        Assert.Equal(
            [AccountabilityStepKind.Drafted, AccountabilityStepKind.Saved, AccountabilityStepKind.Submitted, AccountabilityStepKind.Returned,
             AccountabilityStepKind.Saved, AccountabilityStepKind.Submitted, AccountabilityStepKind.Accepted],
            accepted.History.Select(h => h.Kind));
        Assert.Equal(ErrorKind.Conflict, (await Assert.ThrowsAsync<DomainException>(
            () => zhao.EditAccountabilityReport(2024, new AccountabilityEdit("改"), "zhao-account"))).Kind);
        Assert.Equal(ErrorKind.Conflict, (await Assert.ThrowsAsync<DomainException>(() => zhao.RedraftAccountabilityReport(2024, "zhao-account"))).Kind);
        Assert.Equal(ErrorKind.Conflict, (await Assert.ThrowsAsync<DomainException>(() => zhao.ReturnAccountabilityReport(2024, "再退", "dadui"))).Kind);

        var first = await zhao.GetAccountabilityReport(2024, 1, "dadui");
        var second = await zhao.GetAccountabilityReport(2024, 2, "dadui");
        Assert.Equal(draft.Shown.Sections, first.Shown.Sections);
        Assert.Equal(("本人严格遵守廉洁自律准则。", "本人改写的问题。", draft.Shown.Sections.Performance),
            (second.Shown.Sections.Integrity, second.Shown.Sections.Problems, second.Shown.Sections.Performance));
        Assert.Equal(ErrorKind.NotFound, (await Assert.ThrowsAsync<DomainException>(() => zhao.GetAccountabilityReport(2024, 9, "dadui"))).Kind);
        Assert.Equal([new AccountabilityReportInfo(2024, AccountabilityState.Accepted, 3, accepted.History[^1].At)], await zhao.ListAccountabilityReports());
    }

    [Fact]
    public async Task EachStepIsDescribedInTheAuditTrailByTheLeadersName()
    {
        var (brigade, zhao) = await Seeded();
        await zhao.GetAccountabilityReport(2024, null, "zhao-account");
        await zhao.EditAccountabilityReport(2024, new AccountabilityEdit("严守纪律。"), "zhao-account");
        await zhao.SubmitAccountabilityReport(2024, "zhao-account");
        await zhao.ReturnAccountabilityReport(2024, "请补充。", "dadui");

        var page = await cluster.Grains.GetGrain<IAuditGrain>(brigade.Id).Read(new Abstractions.Audit.AuditFilter(200));
        var steps = page.Entries.Where(e => e.Kind.StartsWith("Accountability", StringComparison.Ordinal)).Reverse().ToList();

        Assert.Equal(
            [("起草述责述廉报告", "zhao-account"), ("修改述责述廉报告", "zhao-account"), ("提交述责述廉报告", "zhao-account"), ("退回述责述廉报告", "dadui")],
            steps.Select(e => (e.Action, e.Actor)));
        Assert.All(steps, e => Assert.Equal("赵刚2024年度述责述廉报告", e.Subject));
        Assert.Equal("请补充。", steps[^1].Changes.Single().After);
    }

    [Fact]
    public async Task TheInboxAsksABrigadeLeaderToDecideAndTheLeaderToReviseButNeverTheLeaderToDecideTheirOwn()
    {
        var (brigade, zhao) = await Seeded();
        var wang = cluster.Grains.GetGrain<ILeaderGrain>(GrainKeys.Leader(brigade.Id, "wang"));
        var dadui = new Abstractions.Inbox.InboxReader("dadui", Abstractions.Accounts.Role.BrigadeLeader, null, "wang");
        var zhaoReader = new Abstractions.Inbox.InboxReader("zhao-account", Abstractions.Accounts.Role.Leader, null, "zhao");
        foreach (var leader in new[] { zhao, wang })
        {
            await leader.EditAccountabilityReport(2024, new AccountabilityEdit("严守纪律。"), "someone");
            await leader.SubmitAccountabilityReport(2024, "someone");
        }

        var toDecide = await Accountability(brigade, dadui);
        var zhaoWhileSubmitted = await Accountability(brigade, zhaoReader);
        await zhao.ReturnAccountabilityReport(2024, "请补充。", "dadui");
        var zhaoReturned = await Accountability(brigade, zhaoReader);
        var daduiAfterReturn = await Accountability(brigade, dadui);
        await zhao.EditAccountabilityReport(2024, new AccountabilityEdit("严守纪律，已补充。"), "zhao-account");
        await zhao.SubmitAccountabilityReport(2024, "zhao-account");
        var zhaoResubmitted = await Accountability(brigade, zhaoReader);

        Assert.Equal([(Abstractions.Inbox.InboxItemKind.AccountabilityToDecide, "赵刚2024年度述责述廉报告", "zhao", 2024)], toDecide);
        Assert.Empty(zhaoWhileSubmitted);
        Assert.Equal([(Abstractions.Inbox.InboxItemKind.AccountabilityReturned, "赵刚2024年度述责述廉报告", "zhao", 2024)], zhaoReturned);
        Assert.Empty(daduiAfterReturn);
        Assert.Empty(zhaoResubmitted);
    }

    private async Task<(Abstractions.Inbox.InboxItemKind, string, string?, int?)[]> Accountability(TestBrigade brigade, Abstractions.Inbox.InboxReader reader) =>
        [.. (await cluster.Grains.GetGrain<IInboxGrain>(brigade.Id).For(reader)).Items
            .Where(i => i.Kind is Abstractions.Inbox.InboxItemKind.AccountabilityReturned or Abstractions.Inbox.InboxItemKind.AccountabilityToDecide)
            .Select(i => (i.Kind, i.Title, i.LeaderId, i.Year))];

    [Fact]
    public async Task HostileTextIsRefusedNamingTheFieldAndChangesNothing()
    {
        var (_, zhao) = await Seeded();
        await zhao.GetAccountabilityReport(2024, null, "zhao-account");

        var huge = await Assert.ThrowsAsync<DomainException>(() => zhao.EditAccountabilityReport(
            2024, new AccountabilityEdit(new string('廉', AccountabilityLimits.Integrity + 1)), "zhao-account"));
        var control = await Assert.ThrowsAsync<DomainException>(() => zhao.EditAccountabilityReport(
            2024, new AccountabilityEdit("正常", Plans: "计划\u0007响铃"), "zhao-account"));
        var emptyNote = await Assert.ThrowsAsync<DomainException>(async () =>
        {
            await zhao.EditAccountabilityReport(2024, new AccountabilityEdit("文本"), "zhao-account");
            await zhao.SubmitAccountabilityReport(2024, "zhao-account");
            await zhao.ReturnAccountabilityReport(2024, "  ", "dadui");
        });

        Assert.Equal((ErrorKind.Invalid, "integrity"), (huge.Kind, huge.Field));
        Assert.Equal((ErrorKind.Invalid, "sections.plans"), (control.Kind, control.Field));
        Assert.Equal((ErrorKind.Invalid, "note"), (emptyNote.Kind, emptyNote.Field));
        var report = await zhao.GetAccountabilityReport(2024, null, "dadui");
        Assert.Equal((2, AccountabilityState.Submitted), (report.Versions, report.State));
        Assert.Equal(ErrorKind.NotFound, (await Assert.ThrowsAsync<DomainException>(() => zhao.GetAccountabilityReport(2025, null, "dadui"))).Kind);
        Assert.Equal([2024], (await zhao.ListAccountabilityReports()).Select(r => r.Year));
    }

    [Fact]
    public async Task TheReportIsRebuiltFromTheLeadersStreamAfterARestart()
    {
        var (brigade, zhao) = await Seeded();
        await zhao.GetAccountabilityReport(2024, null, "zhao-account");
        await zhao.EditAccountabilityReport(2024, new AccountabilityEdit("严守纪律。"), "zhao-account");
        var before = await zhao.SubmitAccountabilityReport(2024, "zhao-account");

        await cluster.Restart();
        var after = await cluster.Grains.GetGrain<ILeaderGrain>(GrainKeys.Leader(brigade.Id, "zhao")).GetAccountabilityReport(2024, null, "dadui");

        Assert.Equal((before.State, before.Versions, before.Shown), (after.State, after.Versions, after.Shown));
        Assert.Equivalent(before.Figures, after.Figures, strict: true);
        Assert.Equal(before.History, after.History);
    }

    /// <summary>
    /// 赵刚 (分管宣传中队) by 2024-12-10: a business task done and an accountability task at 10 % (Red), the monthly 谈心谈话
    /// item with one slot recorded, three records (one a 提醒谈话 whose 整改要求 was closed on time), and a 整改 item of
    /// 宣传中队 overdue since July.
    /// </summary>
    private async Task<(TestBrigade Brigade, ILeaderGrain Zhao)> Seeded()
    {
        cluster.Time.AdjustTime(new DateTimeOffset(2024, 6, 1, 4, 0, 0, TimeSpan.Zero));
        var brigade = await new TestBrigade(cluster.Grains).Create();
        var business = await brigade.AddCount("B01", "xuanchuan", DutyLine.Business, 10);
        var accountability = await brigade.AddCount("A01", "xuanchuan", DutyLine.Accountability, 100);
        await brigade.Task(business.Definition.Id).ReportProgress(TestBrigade.Report(10, new DateOnly(2024, 6, 1)), "xc-head");
        await brigade.Task(accountability.Definition.Id).ReportProgress(TestBrigade.Report(10, new DateOnly(2024, 6, 1)), "xc-head");
        await cluster.Grains.GetGrain<IDutyListGrain>(GrainKeys.DutyList(brigade.Id, 2024)).Put(
            new DutyItem("talk", 2024, "班子成员一岗双责", "开展谈心谈话", "每月与分管单位负责人谈心谈话一次", DutyLine.Accountability, Cadence.Monthly,
                null, "谈话记录", new DutyAssignees(true, [], []), []),
            TestBrigade.Admin);
        var zhao = cluster.Grains.GetGrain<ILeaderGrain>(GrainKeys.Leader(brigade.Id, "zhao"));
        await zhao.Record(new DutyRecordDraft(DutyRecordKind.Talk, new DateOnly(2024, 3, 5), "与宣传中队负责人张华谈心谈话", ["张华"], ["talk:2024-03"], [], null), "zhao-account");
        await zhao.Record(new DutyRecordDraft(DutyRecordKind.Inspection, new DateOnly(2024, 5, 8), "督导检查宣传中队执法记录仪使用情况", [], [], [], null), "zhao-account");
        var reminder = await zhao.Record(
            new DutyRecordDraft(DutyRecordKind.Reminder, new DateOnly(2024, 5, 20), "对宣传中队稿件审核不严提醒谈话", ["张华"], [], [],
                new FollowUp("建立稿件三审制度", ["xuanchuan"], new DateOnly(2024, 6, 30))),
            "zhao-account");
        await cluster.Grains.GetGrain<IInstructionGrain>(reminder.InstructionIds.Single()).Close("zhao-account");
        var inspection = RecordIds.New();
        await cluster.Grains.GetGrain<IInspectionGrain>(inspection).Record(
            new InspectionDraft(brigade.Id, InspectionKind.EnforcementQuality, new DateOnly(2024, 6, 1), "6月执法质量检查", ["zhao"], ["xuanchuan"], "抽查卷宗"),
            "dadui");
        await cluster.Grains.GetGrain<IInspectionGrain>(inspection).AddFinding(
            new FindingDraft("宣传稿件未经审核发布", "宣传管理", "xuanchuan", null, Severity.Medium, "宣传工作规定", "zhao", "建立审核制度", new DateOnly(2024, 7, 10)),
            "dadui");
        cluster.Time.AdjustTime(new DateTimeOffset(2024, 12, 10, 4, 0, 0, TimeSpan.Zero));
        return (brigade, zhao);
    }
}
