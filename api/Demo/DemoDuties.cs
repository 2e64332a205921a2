namespace Responsibility.Api.Demo;

using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Duties;
using Responsibility.Reports.Document;
using Responsibility.Reports.Rendering;

/// <summary>
/// The demo's 明责 and 履责, replayed on the <see cref="DemoTimeline"/>: the office enters the year's 责任清单
/// (<see cref="DemoDutyList"/>) on the day it sets the brigade up and the 廉政风险点 registers of 事故处理, 车辆管理 and
/// 违法处理 later in January; the 责任书 are signed in January with a scan of the signed copy — all but 高鹏's with
/// 科技信息室 —; each holder records what it did, slot by slot up to today (<see cref="DemoDutyRecords"/>), except three
/// slots left 未履责; a 约谈 of 事故处理中队 carries 整改要求, answered and closed.
/// </summary>
internal static class DemoDuties
{
    /// <summary>The pledge left unsigned: 高鹏 with 科技信息室.</summary>
    public static readonly (string PartyA, string UnitId) Unsigned = ("gaopeng", "keji");

    private static readonly TimeOnly ListedAt = new(10, 0);
    private static readonly TimeOnly SignedAt = new(15, 0);
    private static readonly TimeOnly RecordedAt = new(17, 30);

    public static void Add(DemoTimeline timeline, IGrainFactory grains, DateOnly today)
    {
        var year = today.Year;
        var brigade = DemoOrganisation.BrigadeId;
        var list = grains.GetGrain<IDutyListGrain>(GrainKeys.DutyList(brigade, year));
        var setUp = new DateOnly(year, 1, 2);
        timeline.At(setUp, ListedAt, () => list.Import(DemoDutyList.Items(year), DemoSeeder.Clerk));
        timeline.At(Earliest(new DateOnly(year, 1, 20), today), ListedAt, async () =>
        {
            foreach (var row in DemoDutyList.Risks(year))
            {
                await grains.GetGrain<IUnitGrain>(GrainKeys.Unit(brigade, row.UnitId)).PutRisk(row, DemoSeeder.Clerk);
            }
        });

        AddSignings(timeline, grains, list, today);
        foreach (var (holder, index) in Holders().Select((h, i) => (h, i)))
        {
            AddRecords(timeline, grains, holder, index, today);
        }

        AddInterview(timeline, grains, today);
    }

    /// <summary>Every holder of the demo: the 班子 and the units.</summary>
    public static IEnumerable<DutyHolder> Holders() =>
    [
        .. DemoOrganisation.Leaders.Select(l => DutyHolder.Leader(DemoOrganisation.BrigadeId, l.Id)),
        .. DemoOrganisation.Units.Select(u => DutyHolder.Unit(DemoOrganisation.BrigadeId, u.Id)),
    ];

    /// <summary>The office records each signing in January, a few a day, with a Word copy of the signed 责任书 as the scan.</summary>
    private static void AddSignings(DemoTimeline timeline, IGrainFactory grains, IDutyListGrain list, DateOnly today)
    {
        var pairs = PairsInOrder();
        foreach (var (pair, index) in pairs.Select((p, i) => (p, i)))
        {
            if (pair == Unsigned)
            {
                continue;
            }

            var on = Earliest(new DateOnly(today.Year, 1, 6).AddDays(index / 3), today);
            timeline.At(on, SignedAt.AddMinutes(index * 10), async () =>
            {
                var pledges = await list.GetPledges();
                var pledge = pledges.Single(p => p.PartyA == pair.PartyA && p.PartyB.Id == pair.PartyB);
                var scan = await DemoEvidence.Upload(grains, Scan(pledge, on), DemoSeeder.Clerk);
                await HolderGrain(grains, pledge.PartyB).SignPledge(pledge.Id, on, scan, DemoSeeder.Clerk);
            });
        }
    }

    /// <summary>The 责任书's pairs as <see cref="Grains.Domain"/> makes them: 第一责任人 with each other member, each member with each unit.</summary>
    private static List<(string PartyA, string PartyB)> PairsInOrder()
    {
        var first = DemoOrganisation.Leaders.Single(l => l.IsFirstResponsible).Id;
        return
        [
            .. DemoOrganisation.Leaders.Where(l => l.Id != first).Select(l => (first, l.Id)),
            .. DemoOrganisation.Leaders.SelectMany(l => l.UnitIds.Select(u => (l.Id, u))),
        ];
    }

    /// <summary>
    /// Each holder does each duty once in each of its periods, on a day that follows from the holder and the item, and
    /// records it that afternoon against the slot the grains judge that day to fall in; a duty whose day has not come yet
    /// stays due (待履责), and the <see cref="DemoDutyRecords.Missed"/> ones are never recorded.
    /// </summary>
    private static void AddRecords(DemoTimeline timeline, IGrainFactory grains, DutyHolder holder, int index, DateOnly today)
    {
        var author = holder.Kind == DutyHolderKind.Leader ? DemoOrganisation.LeaderUsername(holder.Id) : DemoOrganisation.UnitHeadUsername(holder.Id);
        foreach (var (item, itemIndex) in DemoDutyList.Items(today.Year).Where(i => i.Assignees.Includes(holder)).Select((it, n) => (it, n)))
        {
            foreach (var (on, n) in DemoDutyRecords.Days(item, index + itemIndex).Select((d, n) => (d, n)))
            {
                if (on > today || DemoDutyRecords.Missed(holder, item.Id, on, today))
                {
                    continue;
                }

                timeline.At(on, RecordedAt.AddMinutes(index * 3), async () =>
                {
                    var sheet = await HolderGrain(grains, holder).GetDuties(on.Year, on);
                    var slot = sheet.Slots.Single(s => s.ItemId == item.Id && s.Start <= on && on <= s.Due);
                    var draft = new DutyRecordDraft(
                        DemoDutyRecords.Kind(item), on, DemoDutyRecords.Content(item, holder, on, n), DemoDutyRecords.Participants(item, holder), [slot.Id], [], null);
                    await HolderGrain(grains, holder).Record(draft, author);
                });
            }
        }
    }

    /// <summary>
    /// 赵志刚 talks with 事故处理中队 (约谈) about its backlog three weeks ago and asks for a plan within a fortnight; the unit
    /// answers and he closes it.
    /// </summary>
    private static void AddInterview(DemoTimeline timeline, IGrainFactory grains, DateOnly today)
    {
        var held = Latest(today.AddDays(-21), new DateOnly(today.Year, 1, 3));
        held = Earliest(held, today);
        var leader = grains.GetGrain<ILeaderGrain>(GrainKeys.Leader(DemoOrganisation.BrigadeId, "zhaozhigang"));
        string[] issued = [];
        timeline.At(held, new TimeOnly(10, 30), async () => issued = (await leader.Record(
            new DutyRecordDraft(
                DutyRecordKind.Interview, held, "约谈事故处理中队负责人张伟，指出事故积案清理进度滞后、调解卷宗归档不及时等问题，要求限期整改。",
                ["张伟"], [], [],
                new FollowUp("制定事故积案清理和卷宗归档整改方案，逐案明确责任人和完成时限，报送整改情况。", ["shigu"], held.AddDays(14))),
            DemoOrganisation.LeaderUsername("zhaozhigang"))).InstructionIds);
        var answered = held.AddDays(9);
        if (answered <= today)
        {
            timeline.At(answered, new TimeOnly(16, 20), () => grains.GetGrain<IInstructionGrain>(issued[0])
                .Answer("已制定整改方案，积案逐案明确责任人，调解卷宗已全部归档。", [], DemoOrganisation.UnitHeadUsername("shigu")));
        }

        if (answered.AddDays(1) <= today)
        {
            timeline.At(answered.AddDays(1), new TimeOnly(9, 15), () => grains.GetGrain<IInstructionGrain>(issued[0])
                .Close(DemoOrganisation.LeaderUsername("zhaozhigang")));
        }
    }

    /// <summary>The signed 责任书 as the office scanned it: parties, period, what the second party holds, signatures and date.</summary>
    private static DemoEvidence.File Scan(Pledge pledge, DateOnly on)
    {
        var partyA = DemoOrganisation.Leaders.Single(l => l.Id == pledge.PartyA);
        var partyB = pledge.PartyB.Kind == DutyHolderKind.Leader
            ? DemoOrganisation.Leaders.Single(l => l.Id == pledge.PartyB.Id).Name
            : DemoOrganisation.Units.Single(u => u.Id == pledge.PartyB.Id).Name;
        var items = DemoDutyList.Items(pledge.Year).Where(i => pledge.ItemIds.Contains(i.Id)).Select((i, n) => new Paragraph($"{n + 1}. {i.Title}：{i.Requirement}。"));
        var document = new ReportDocument(
            ["党风廉政建设责任书", "（签订件）"], DocumentNumber: null, Signer: null, Recipient: null,
            [
                new Paragraph($"甲方：{partyA.Name}（{partyA.Post}）　乙方：{partyB}"),
                new Paragraph($"责任期限：{pledge.Year}年1月1日至{pledge.Year}年12月31日。"),
                .. items,
                new Paragraph($"甲方签字：{partyA.Name}　乙方签字：{partyB}"),
            ],
            DemoOrganisation.Settings.Name, on);
        return new DemoEvidence.File($"{pledge.Year}年党风廉政建设责任书（{partyA.Name}—{partyB}）签订件.docx", DocxRenderer.Render(document));
    }

    private static IDutyHolderGrain HolderGrain(IGrainFactory grains, DutyHolder holder) => holder.Kind == DutyHolderKind.Leader
        ? grains.GetGrain<ILeaderGrain>(holder.Key)
        : grains.GetGrain<IUnitGrain>(holder.Key);

    private static DateOnly Earliest(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly Latest(DateOnly a, DateOnly b) => a > b ? a : b;
}
