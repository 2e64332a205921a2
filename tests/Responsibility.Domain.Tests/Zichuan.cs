namespace Responsibility.Domain.Tests;

using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Tasks;
using Responsibility.Grains.Domain;
using static Build;

/// <summary>A small 淄川大队 judged on 2024-06-30: two leaders, four units (事故中队 has no tasks), five tasks.</summary>
internal static class Zichuan
{
    public static readonly DateOnly MidYear = On(6, 30);

    public static readonly UnitDefinition LegalOffice = new("fazhi", "法制室", "科室", "赵主任");
    public static readonly UnitDefinition FirstSquadron = new("yizhongdui", "一中队", "中队", "钱中队长");
    public static readonly UnitDefinition Publicity = new("xuanchuan", "宣传科", "科室", "孙科长");
    public static readonly UnitDefinition AccidentSquadron = new("shigu", "事故中队", "中队", "周中队长");

    public static readonly LeaderDefinition Head =
        new("leader-wang", "王建国", "大队长", true, ["fazhi"], ["法治建设"]);
    public static readonly LeaderDefinition Deputy =
        new("leader-li", "李卫东", "副大队长", false, ["yizhongdui", "xuanchuan", "shigu"], ["秩序整治", "宣传"]);

    public static readonly UnitDefinition[] Units = [LegalOffice, FirstSquadron, Publicity, AccidentSquadron];
    public static readonly LeaderDefinition[] Leaders = [Head, Deputy];

    /// <summary>Percent 0.5, weight 2, Business, 执法规范化.</summary>
    public static readonly TaskDefinition Inspections = Assign(CountTask("执法质量检查", 12), "Z-01", LegalOffice, Head, DutyLine.Business, "执法规范化") with { Weight = 2 };

    /// <summary>Percent 0.25, Accountability, 法治建设.</summary>
    public static readonly TaskDefinition LawTraining = Assign(CountTask("法治培训", 4), "Z-02", LegalOffice, Head, DutyLine.Accountability, "法治建设");

    /// <summary>Percent 0.6, Business, 秩序整治, indicator drunk-driving.</summary>
    public static readonly TaskDefinition DrunkDriving = Assign(CountTask("查处酒醉驾", 500, "起"), "Z-03", FirstSquadron, Deputy, DutyLine.Business, "秩序整治") with { IndicatorCode = "drunk-driving" };

    /// <summary>Percent 1 (Done), Accountability, 党风廉政.</summary>
    public static readonly TaskDefinition IntegrityTalks = Assign(CountTask("廉政谈话", 4), "Z-04", FirstSquadron, Deputy, DutyLine.Accountability, "党风廉政");

    /// <summary>Percent 0.2, Business, 宣传.</summary>
    public static readonly TaskDefinition Articles = Assign(CountTask("发稿", 400, "篇"), "Z-05", Publicity, Deputy, DutyLine.Business, "宣传");

    public static List<JudgedTask> JudgedMidYear() =>
    [
        Judge(Inspections, MidYear, Entry(6, On(6, 1))),
        Judge(LawTraining, MidYear, Entry(1, On(3, 1))),
        Judge(DrunkDriving, MidYear, Entry(300, On(6, 20))),
        Judge(IntegrityTalks, MidYear, Entry(4, On(5, 1))),
        Judge(Articles, MidYear, Entry(80, On(6, 20))),
    ];

    private static TaskDefinition Assign(
        TaskDefinition task, string code, UnitDefinition unit, LeaderDefinition leader, DutyLine line, string category) =>
        task with { Id = $"task-{code}", Code = code, UnitId = unit.Id, LeaderId = leader.Id, DutyLine = line, Category = category };
}
