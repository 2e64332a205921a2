namespace Responsibility.Api.Demo;

using Responsibility.Api.Auth;
using Responsibility.Api.Hosting;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Accounts;
using Responsibility.Grains.Abstractions.Detachments;
using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Supervision;
using Responsibility.Grains.Abstractions.Tasks;
using static Responsibility.Api.Demo.DemoTask;

/// <summary>
/// 淄博支队 over 淄川 (the demo brigade) and two smaller brigades of its own, 张店 and 博山, each with its units, 班子,
/// a year of tasks and their monthly reports, and the detachment's own accounts. Names beyond the brigades' are invented.
/// </summary>
internal static class DemoDetachment
{
    public const string DetachmentId = "zibo";

    public static DetachmentSettings Settings { get; } = new("淄博市公安局交通警察支队", BrigadeSettings.DefaultTimeZone);

    /// <summary>The 支队's office, a 支队 leader (督察) and a member of staff.</summary>
    public static DemoLogin[] Logins { get; } =
    [
        new("zb-admin", Role.DetachmentAdmin, "孟凡军", "支队办公室", null, null),
        new("zb-leader", Role.DetachmentLeader, "邵长青", "支队政委", null, null),
        new("zb-viewer", Role.DetachmentViewer, "田甜", "支队督察科（只读）", null, null),
    ];

    public static SmallBrigade[] Brigades { get; } =
    [
        new(
            "zhangdian",
            new("张店大队", "中共淄博市公安局交通警察支队张店大队总支部委员会", Settings.Name, BrigadeSettings.DefaultTimeZone, "区委、区政府", StatusThresholds.Default),
            [
                new("zd-zhixu", "秩序中队", "中队", "韩冰"),
                new("zd-shigu", "事故处理中队", "中队", "刘洋"),
                new("zd-fazhi", "法制室", "科室", "王芳"),
            ],
            [
                new("zd-yuanjun", "袁军", "大队长", true, ["zd-fazhi"], ["全面工作", "执法监督"]),
                new("zd-zhoubin", "周斌", "副大队长", false, ["zd-zhixu", "zd-shigu"], ["秩序整治", "事故预防"]),
            ],
            [
                Count("ZD-01", "查处酒驾醉驾违法行为", "秩序整治", "zd-zhixu", DutyLine.Business, 900, "起", new DemoPace(1.05, 0),
                    "{0}月查处酒驾醉驾{1}起，累计{2}起。"),
                Count("ZD-02", "整治交通安全隐患点段", "事故预防", "zd-shigu", DutyLine.Business, 12, "处", DemoPace.Lagging,
                    "{0}月整治隐患点段{1}处，累计{2}处。"),
                Count("ZD-03", "开展执法质量考评", "执法监督", "zd-fazhi", DutyLine.Accountability, 12, "次", DemoPace.OnTrack,
                    "{0}月开展执法质量考评{1}次，累计{2}次。"),
                Count("ZD-04", "开展廉政警示教育", "党风廉政", "zd-fazhi", DutyLine.Accountability, 6, "次", DemoPace.OnTrack,
                    "{0}月开展廉政警示教育{1}次，累计{2}次。"),
            ]),
        new(
            "boshan",
            new("博山大队", "中共淄博市公安局交通警察支队博山大队总支部委员会", Settings.Name, BrigadeSettings.DefaultTimeZone, "区委、区政府", StatusThresholds.Default),
            [
                new("bs-zhixu", "秩序中队", "中队", "孙亮"),
                new("bs-shanqu", "山区公路中队", "中队", "赵峰"),
            ],
            [
                new("bs-lichao", "李超", "大队长", true, ["bs-zhixu"], ["全面工作", "秩序整治"]),
                new("bs-wangning", "王宁", "教导员", false, ["bs-shanqu"], ["党风廉政", "山区道路安全"]),
            ],
            [
                Count("BS-01", "查处货车超载违法行为", "秩序整治", "bs-zhixu", DutyLine.Business, 1200, "起", DemoPace.OnTrack,
                    "{0}月查处货车超载{1}起，累计{2}起。"),
                Count("BS-02", "山区急弯陡坡路段增设警示标志", "事故预防", "bs-shanqu", DutyLine.Business, 300, "处", DemoPace.FarBehind,
                    "{0}月在急弯陡坡路段增设警示标志{1}处，累计{2}处；受山区施工条件影响，进度滞后。") with { DueMonth = 9 },
                Count("BS-03", "开展谈心谈话", "党风廉政", "bs-shanqu", DutyLine.Accountability, 24, "人次", DemoPace.OnTrack,
                    "{0}月开展谈心谈话{1}人次，累计{2}人次。"),
            ]),
    ];

    /// <summary>
    /// The task the 支队 hands down to all three brigades (上级交办) in February: each brigade's office assigns it to its
    /// 秩序中队 a few days later, and the units report on it from March.
    /// </summary>
    public static DemoTask HandedDown { get; } = Count(
        "ZD-2026-01", "开展“一盔一带”安全守护专项行动", "秩序整治", "", DutyLine.Business, 10, "次", DemoPace.OnTrack,
        "{0}月开展“一盔一带”集中劝导和查处行动{1}次，累计{2}次。");

    /// <summary>The day the brigades assign the handed-down task (from then it counts in their figures).</summary>
    public static DateOnly AssignedOn(int year) => new(year, 2, 13);

    /// <summary>Which unit each brigade gives the handed-down task to.</summary>
    private static readonly Dictionary<string, string> HandedDownUnit = new(StringComparer.Ordinal)
    {
        [DemoOrganisation.BrigadeId] = "zhixu", ["zhangdian"] = "zd-zhixu", ["boshan"] = "bs-zhixu",
    };

    /// <summary>
    /// On the day 淄川 is set up the system Admin creates the 支队 and attaches it; the 支队's office creates 张店 and 博山
    /// under it with their accounts, and their clerks enter the year's tasks; their units report on the 25th.
    /// </summary>
    public static void Add(DemoTimeline timeline, IGrainFactory grains, Passwords passwords, DateOnly today, TimeOnly reportedAt)
    {
        var taskIds = new Dictionary<string, string>(StringComparer.Ordinal);
        timeline.At(new DateOnly(today.Year, 1, 2), new TimeOnly(10, 0), async () =>
        {
            var detachment = grains.GetGrain<IDetachmentGrain>(DetachmentId);
            await detachment.Configure(Settings, AdminBootstrap.AdminUsername);
            await detachment.Attach(DemoOrganisation.BrigadeId, AdminBootstrap.AdminUsername);
            await Save(grains, passwords, Logins.Select(l => ToAccount(l, null, DetachmentId)));
            foreach (var brigade in Brigades)
            {
                await SetUp(grains, passwords, brigade, today.Year, taskIds);
                await detachment.Attach(brigade.Id, Logins[0].Username);
            }
        });

        foreach (var brigade in Brigades)
        {
            foreach (var (task, index) in brigade.Tasks.Select((t, i) => (t, i)))
            {
                AddReports(timeline, grains, task, brigade.UnitHeadUsername(task.UnitId), () => taskIds[task.Code], today, reportedAt.AddMinutes(30 + index * 11));
            }
        }

        HandDown(timeline, grains, today, reportedAt);
        Supervise(timeline, grains, today);
    }

    /// <summary>
    /// The 支队's office hands the 一盔一带 task down on 10 February; each brigade's office assigns it on the 13th to its
    /// 秩序中队, whose head reports monthly from then (not before: the brigade's instance counts from its assignment).
    /// </summary>
    private static void HandDown(DemoTimeline timeline, IGrainFactory grains, DateOnly today, TimeOnly reportedAt)
    {
        var instances = new Dictionary<string, string>(StringComparer.Ordinal);
        var published = new DateOnly(today.Year, 2, 10);
        var assigned = AssignedOn(today.Year);
        if (assigned > today)
        {
            return;
        }

        timeline.At(published, new TimeOnly(9, 30), async () =>
        {
            var draft = HandedDown.ToDraft(today.Year);
            var template = new TemplateTask(
                today.Year, draft.Code, draft.Title, draft.Category, draft.DutyLine, draft.Metric, draft.Weight, draft.Start, draft.Due,
                draft.IndicatorCode, draft.PlannedByMonth);
            var view = await grains.GetGrain<IDetachmentGrain>(DetachmentId).PublishTemplate(template, "demo-zd-2026-01", Logins[0].Username);
            foreach (var instance in view.Instances)
            {
                instances[instance.BrigadeId] = instance.Id;
            }
        });
        foreach (var (brigadeId, unitId) in HandedDownUnit)
        {
            var clerk = brigadeId == DemoOrganisation.BrigadeId ? DemoSeeder.Clerk : Brigades.Single(b => b.Id == brigadeId).ClerkUsername;
            timeline.At(assigned, new TimeOnly(9, 0), async () =>
                await grains.GetGrain<ITaskGrain>(instances[brigadeId]).Update(new TaskPatch(UnitId: unitId), null, clerk));
            var reporter = brigadeId == DemoOrganisation.BrigadeId
                ? DemoOrganisation.UnitHeadUsername(unitId)
                : Brigades.Single(b => b.Id == brigadeId).UnitHeadUsername(unitId);
            var task = HandedDown with { UnitId = unitId };
            AddReports(timeline, grains, task, reporter, () => instances[brigadeId], today, reportedAt.AddMinutes(90), after: assigned);
        }
    }

    /// <summary>
    /// 博山's 警示标志 task fell far behind: on 20 November the 支队政委 sends 博山 a 督办, answered by its 大队长 on the 27th;
    /// it stays open for the 支队 to close once the work is done.
    /// </summary>
    private static void Supervise(DemoTimeline timeline, IGrainFactory grains, DateOnly today)
    {
        var issued = new DateOnly(today.Year, 11, 20);
        var answered = issued.AddDays(7);
        if (issued > today)
        {
            return;
        }

        var instructionId = "";
        var boshan = Brigades.Single(b => b.Id == "boshan");
        timeline.At(issued, new TimeOnly(15, 0), async () =>
            instructionId = (await grains.GetGrain<IDetachmentGrain>(DetachmentId).Instruct(
                boshan.Id, "博山大队山区急弯陡坡路段警示标志设置严重滞后，请于12月15日前制定赶工计划并报告推进情况。",
                new DateOnly(today.Year, 12, 15), Logins[1].Username, "demo-boshan-1120")).Definition.Id);
        if (answered <= today)
        {
            timeline.At(answered, new TimeOnly(10, 0), async () =>
                await grains.GetGrain<IInstructionGrain>(instructionId).Answer(
                    "已制定赶工计划，新增两个施工组，11月已完成设置42处，计划12月底前完成剩余点位。", [], boshan.LeaderUsername));
        }
    }

    /// <summary>The unit's monthly reports on a task (only those after <paramref name="after"/>, when given).</summary>
    private static void AddReports(
        DemoTimeline timeline, IGrainFactory grains, DemoTask task, string reporter, Func<string> taskId, DateOnly today, TimeOnly at,
        DateOnly? after = null)
    {
        foreach (var report in DemoProgress.For(task, today).Where(r => after is null || r.OccurredOn > after))
        {
            timeline.At(report.OccurredOn, at, async () =>
            {
                var sent = new ProgressReport(report.Value, report.Stage, report.OccurredOn, report.Note, Evidence: null, IdempotencyKey: null);
                await grains.GetGrain<ITaskGrain>(taskId()).ReportProgress(sent, reporter);
            });
        }
    }

    private static async Task SetUp(IGrainFactory grains, Passwords passwords, SmallBrigade brigade, int year, Dictionary<string, string> taskIds)
    {
        var grain = grains.GetGrain<IBrigadeGrain>(brigade.Id);
        await grain.Configure(brigade.Settings, Logins[0].Username);
        await Save(grains, passwords, brigade.Logins.Select(l => ToAccount(l, brigade.Id, null)));
        foreach (var unit in brigade.Units)
        {
            await grain.UpsertUnit(unit, brigade.ClerkUsername);
        }

        foreach (var leader in brigade.Leaders)
        {
            await grain.UpsertLeader(leader, brigade.ClerkUsername);
        }

        foreach (var task in brigade.Tasks)
        {
            taskIds[task.Code] = (await grain.CreateTask(task.ToDraft(year), brigade.ClerkUsername)).Definition.Id;
        }
    }

    private static async Task Save(IGrainFactory grains, Passwords passwords, IEnumerable<UserAccount> accounts)
    {
        foreach (var account in accounts)
        {
            try
            {
                var hashed = account with { PasswordHash = passwords.Hash(account.Username, DemoOrganisation.Password) };
                await grains.GetGrain<IUserGrain>(account.Username).Save(hashed, AdminBootstrap.AdminUsername);
            }
            catch (DomainException e) when (e.Kind == ErrorKind.Conflict)
            {
                // Usernames are global: one already taken stays its owner's, and the demo does without it.
            }
        }
    }

    private static UserAccount ToAccount(DemoLogin login, string? brigadeId, string? detachmentId) =>
        new(login.Username, login.DisplayName, "", login.Role, brigadeId, login.UnitId, login.LeaderId, DetachmentId: detachmentId);

    /// <summary>A brigade of the demo 支队 besides 淄川: its clerk, first responsible leader and unit heads sign in.</summary>
    internal sealed record SmallBrigade(string Id, BrigadeSettings Settings, UnitDefinition[] Units, LeaderDefinition[] Leaders, DemoTask[] Tasks)
    {
        private string Prefix => Units[0].Id[..Units[0].Id.IndexOf('-')];

        public string ClerkUsername => $"{Prefix}-admin";

        public string LeaderUsername => $"{Prefix}-dadui";

        public DemoLogin[] Logins =>
        [
            new(ClerkUsername, Role.Admin, "办公室", $"{Settings.Name}办公室", null, null),
            new(LeaderUsername, Role.BrigadeLeader, Leaders[0].Name, $"{Settings.Name}{Leaders[0].Post}", null, Leaders[0].Id),
            .. Units.Select(u => new DemoLogin(u.Id, Role.UnitHead, u.Head!, $"{Settings.Name}{u.Name}", u.Id, null)),
        ];

        public string UnitHeadUsername(string unitId) => Logins.First(l => l.UnitId == unitId).Username;
    }
}
