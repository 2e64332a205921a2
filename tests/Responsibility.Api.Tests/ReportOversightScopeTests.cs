namespace Responsibility.Api.Tests;

using Microsoft.Extensions.DependencyInjection;
using Responsibility.Api.Common;
using Responsibility.Api.Reports;
using Responsibility.Grains.Abstractions.Accounts;
using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Oversight;
using Responsibility.Grains.Abstractions.Reports;
using Responsibility.Grains.Abstractions.Rollups;
using Responsibility.Reports.Layouts;
using Responsibility.Reports.Rendering;

/// <summary>
/// SPEC §3 for 督责 in the monthly report: every account reads how many 整改 items fell due, are overdue and were closed,
/// and how many extensions were granted and refused; a problem's text, and an extension's target, only an account that may
/// read the unit's details (its UnitHead, its 分管领导 or the item's 责任领导, a BrigadeLeader, an Admin). 法制室 is
/// 王立侠's (wang, account dadui), 宣传中队 赵刚's (zhao).
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ReportOversightScopeTests(SharedApi api)
{
    private static readonly RectificationLine Fazhi = Item("fazhi", "wang", "法制室案卷装订不规范");
    private static readonly RectificationLine Xuanchuan = Item("xuanchuan", "zhao", "宣传中队稿件审核缺失");

    [Theory]
    [InlineData("viewer", Role.Viewer, null, null, new string[0])]
    [InlineData("fazhi", Role.UnitHead, "fazhi", null, new[] { "法制室" })]
    [InlineData("zhao", Role.Leader, null, "zhao", new[] { "宣传中队" })]
    [InlineData("dadui", Role.BrigadeLeader, null, "wang", new[] { "法制室", "宣传中队" })]
    public async Task ProblemsAndTargetsFollowTheReadersScopeAndTheCountsDoNot(
        string role, Role kind, string? unitId, string? leaderId, string[] readable)
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var grains = api.Factory.Services.GetRequiredService<IGrainFactory>();
        var caller = new Caller(brigade.Username(role), role, kind, brigade.Id, unitId, leaderId);
        var report = Report(brigade.Id);

        var scope = await ReportScope.For(grains, caller, brigade.Id, ReportScope.TaskIds(report));
        var read = scope?.Apply(report) ?? report;
        var md = MarkdownRenderer.Render(MonthlyReportLayout.Build(read, new DateOnly(2024, 11, 1), StatusThresholds.Default));

        Assert.Contains("本月到期整改问题2个，已销号0个；截至10月31日，逾期未销号1个（按原定时限计1个）。本月新增整改问题2个，销号0个。", md);
        Assert.Contains("本月批准延期1件、不予批准1件", md);
        foreach (var (unit, problem) in new[] { ("法制室", "法制室案卷装订不规范"), ("宣传中队", "宣传中队稿件审核缺失") })
        {
            if (readable.Contains(unit))
            {
                Assert.Contains(problem, md);
            }
            else
            {
                Assert.DoesNotContain(problem, md);
            }
        }

        var hidden = 2 - readable.Length;
        Assert.Equal(hidden, read.Rectifications!.Due.Count(l => l.Withheld && l.Problem.Length == 0));
        Assert.Equal(hidden, read.Extensions!.Count(e => e.Withheld && e.TargetTitle.Length == 0));
        if (hidden > 0)
        {
            Assert.Contains($"按查看权限，{hidden}个整改问题的问题内容未予显示。", md);
            Assert.Contains($"按查看权限，{hidden}件延期申请的事项名称未予显示。", md);
        }
        else
        {
            Assert.DoesNotContain("未予显示", md);
        }
    }

    private static MonthlyReport Report(string brigadeId) => new(
        new ReportHeader(brigadeId, "淄川大队", "淄川大队党总支", "淄博市公安局交通警察支队", null, "王立侠", "Asia/Shanghai"),
        2024, 10, 1, new DateOnly(2024, 10, 31), new DateTimeOffset(2024, 11, 1, 0, 0, 0, TimeSpan.Zero), "system",
        new ReportOverview(0, new StatusCounts(0, 0, 0, 0, 0, 0), 0, 0, 0, [], []),
        [], [], [], [], [], [], [], [],
        Rectifications: new RectificationTally([Fazhi, Xuanchuan], [Xuanchuan], 2, 0, 1),
        Extensions:
        [
            Extension(ExtensionTargetKind.Rectification, Fazhi, granted: true),
            Extension(ExtensionTargetKind.Rectification, Xuanchuan, granted: false),
        ]);

    private static RectificationLine Item(string unitId, string leaderId, string problem) => new(
        Guid.NewGuid().ToString("N") + "-1", unitId, unitId == "fazhi" ? "法制室" : "宣传中队",
        leaderId, leaderId, problem, "执法监督", new DateOnly(2024, 10, 20), new DateOnly(2024, 10, 20), 0, RectificationState.Open, false);

    private static ExtensionLine Extension(ExtensionTargetKind kind, RectificationLine item, bool granted) => new(
        Guid.NewGuid().ToString("N"), kind, item.RectificationId, item.Problem, item.UnitId, item.UnitName, null, null,
        item.OriginalDue, item.Due, new DateOnly(2024, 11, 20), granted ? new DateOnly(2024, 11, 20) : null, granted, false, 1,
        new DateOnly(2024, 10, 15));
}
