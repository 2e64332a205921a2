namespace Responsibility.Api.Demo;

using Responsibility.Api.Auth;
using Responsibility.Api.Hosting;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Accounts;
using Responsibility.Grains.Abstractions.Detachments;
using Responsibility.Grains.Abstractions.Org;
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
                var reporter = brigade.UnitHeadUsername(task.UnitId);
                foreach (var report in DemoProgress.For(task, today))
                {
                    timeline.At(report.OccurredOn, reportedAt.AddMinutes(30 + index * 11), async () =>
                    {
                        var sent = new ProgressReport(report.Value, report.Stage, report.OccurredOn, report.Note, Evidence: null, IdempotencyKey: null);
                        await grains.GetGrain<ITaskGrain>(taskIds[task.Code]).ReportProgress(sent, reporter);
                    });
                }
            }
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
