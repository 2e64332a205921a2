namespace Responsibility.Api.Demo;

using Responsibility.Grains.Abstractions.Accounts;
using Responsibility.Grains.Abstractions.Org;

/// <summary>
/// 淄川大队 as the demo shows it: the brigade of the 2023 report, its base units with their heads, the 班子 with
/// what each member supervises (分管), and one login per role. Heads and members other than 王立侠 are invented.
/// </summary>
internal static class DemoOrganisation
{
    public const string BrigadeId = "zichuan";
    public const string Password = "demo-zichuan";
    public const string BrigadeLeaderUsername = "dadui";

    public static BrigadeSettings Settings { get; } = new(
        "淄川大队",
        "中共淄博市公安局交通警察支队淄川大队总支部委员会",
        "淄博市公安局交通警察支队",
        BrigadeSettings.DefaultTimeZone,
        "区委、区政府",
        StatusThresholds.Default);

    public static UnitDefinition[] Units { get; } =
    [
        new("fazhi", "法制室", "科室", "孙建华"),
        new("banan", "执法办案中心", "中心", "吴敏"),
        new("zhenggong", "政工室", "科室", "马丽"),
        new("xuanchuan", "宣传中队", "中队", "刘晓燕"),
        new("zhixu", "秩序中队", "中队", "李强"),
        new("chengqu", "城区中队", "中队", "陈磊"),
        new("shigu", "事故处理中队", "中队", "张伟"),
        new("keji", "科技信息室", "科室", "周涛"),
    ];

    public static LeaderDefinition[] Leaders { get; } =
    [
        new("wanglixia", "王立侠", "大队长", true, ["fazhi", "banan"], ["全面工作", "法治政府建设", "执法监督"]),
        new("hanzhendong", "韩振东", "教导员", false, ["zhenggong", "xuanchuan"], ["党风廉政", "队伍建设", "宣传教育"]),
        new("liuhaitao", "刘海涛", "副大队长", false, ["zhixu", "chengqu"], ["秩序整治", "路面执法"]),
        new("zhaozhigang", "赵志刚", "副大队长", false, ["shigu"], ["事故预防", "事故处理"]),
        new("gaopeng", "高鹏", "副大队长", false, ["keji"], ["科技信息", "非现场执法"]),
    ];

    /// <summary>
    /// The clerk, the 班子 (大队长 and 教导员 as BrigadeLeaders, SPEC §3; the first responsible one signs in as
    /// <see cref="BrigadeLeaderUsername"/>), one head per unit, and a reader.
    /// </summary>
    public static DemoLogin[] Logins { get; } =
    [
        new("zc-admin", Role.Admin, "李静", "大队办公室", null, null),
        .. Leaders.Select(l => l.IsFirstResponsible
            ? new DemoLogin(BrigadeLeaderUsername, Role.BrigadeLeader, l.Name, l.Post, null, l.Id)
            : new DemoLogin(l.Id, l.Post == "教导员" ? Role.BrigadeLeader : Role.Leader, l.Name, l.Post, null, l.Id)),
        .. Units.Select(u => new DemoLogin(u.Id, Role.UnitHead, u.Head!, u.Name, u.Id, null)),
        new("viewer", Role.Viewer, "宋佳", "党员代表（只读）", null, null),
    ];

    public static string UnitHeadUsername(string unitId) => Logins.First(l => l.UnitId == unitId).Username;

    public static string LeaderUsername(string leaderId) => Logins.First(l => l.LeaderId == leaderId).Username;
}
