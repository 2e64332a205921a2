namespace Responsibility.Api.Tests;

using System.Globalization;
using System.Net.Http.Json;

/// <summary>
/// SPEC §3, one rule for reading: a report an account downloads carries every figure, but a task's notes and return
/// reasons only where that account reads the task's entries, and an instruction's text and 办理情况 only where it opens
/// the instruction; elsewhere the report counts what it leaves out and says so. 法制室 (fazhi) is supervised by 王立侠
/// (dadui), 宣传中队 (xuanchuan) by 赵刚 (zhao).
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ReportScopeTests(SharedApi api)
{
    private static readonly DateTime Now = DateTime.UtcNow.AddHours(8);
    private static readonly DateOnly LastMonth = new DateOnly(Now.Year, Now.Month, 1).AddMonths(-1);

    [Fact]
    public async Task EachAccountReadsTheNotesOfTheLaggingTasksItMayReadAndACountOfTheRest()
    {
        var (brigade, _) = await Arrange();

        var viewer = await MonthlyMarkdown(brigade, "viewer", LastMonth);
        var fazhi = await MonthlyMarkdown(brigade, "fazhi", LastMonth);
        var zhao = await MonthlyMarkdown(brigade, "zhao", LastMonth);
        var dadui = await MonthlyMarkdown(brigade, "dadui", LastMonth);
        var viewerJson = await (await brigade.SignIn("viewer")).GetStringAsync(Path(brigade, LastMonth, "json"));

        Assert.All(new[] { viewer, fazhi, zhao, dadui }, md => Assert.Contains("任务 FZ-01", md));
        Assert.All(new[] { viewer, fazhi, zhao, dadui }, md => Assert.Contains("任务 XC-01", md));
        Assert.DoesNotContain("法制室内部说明", viewer + viewerJson);
        Assert.DoesNotContain("宣传中队内部说明", viewer + viewerJson);
        Assert.Contains("按查看权限，2项滞后任务的最新进展说明未予显示。", viewer);
        Assert.Contains("\"noteWithheld\":true", viewerJson);
        Assert.Contains("法制室内部说明", fazhi);
        Assert.DoesNotContain("宣传中队内部说明", fazhi);
        Assert.Contains("按查看权限，1项滞后任务的最新进展说明未予显示。", fazhi);
        Assert.Contains("宣传中队内部说明", zhao);
        Assert.DoesNotContain("法制室内部说明", zhao);
        Assert.Contains("法制室内部说明", dadui);
        Assert.Contains("宣传中队内部说明", dadui);
        Assert.DoesNotContain("按查看权限", dadui);
    }

    [Fact]
    public async Task ReturnReasonsInstructionTextsAndAnswersFollowTheReadersScopeAndTheCountsStayWhole()
    {
        var (brigade, _) = await Arrange();
        var thisMonth = new DateOnly(Now.Year, Now.Month, 1);

        var viewer = await MonthlyMarkdown(brigade, "viewer", thisMonth, preview: true);
        var fazhi = await MonthlyMarkdown(brigade, "fazhi", thisMonth, preview: true);
        var dadui = await MonthlyMarkdown(brigade, "dadui", thisMonth, preview: true);

        Assert.All(new[] { viewer, fazhi, dadui }, md => Assert.Contains("本月退回填报1条", md));
        Assert.All(new[] { viewer, fazhi, dadui }, md => Assert.Contains("本月交办领导批示督办事项2项", md));
        Assert.DoesNotContain("宣传退回原因", viewer + fazhi);
        Assert.Contains("按查看权限，1条退回原因未予显示。", viewer);
        Assert.DoesNotContain("给法制室的批示", viewer);
        Assert.DoesNotContain("法制室已办理", viewer);
        Assert.Contains("按查看权限，2项批示督办事项的批示内容和办理情况未予显示。", viewer);
        Assert.Contains("给法制室的批示", fazhi);
        Assert.Contains("法制室已办理", fazhi);
        Assert.DoesNotContain("给宣传中队的批示", fazhi);
        Assert.Contains("按查看权限，1项批示督办事项的批示内容和办理情况未予显示。", fazhi);
        Assert.Contains("宣传退回原因", dadui);
        Assert.Contains("给宣传中队的批示", dadui);
    }

    [Fact]
    public async Task AnnualDraftLeavesOutTheNotesAViewerMayNotRead()
    {
        var (brigade, _) = await Arrange();
        var path = $"/api/v1/brigades/{brigade.Id}/reports/annual/{LastMonth.Year}?format=md&asOf={LastMonth.AddMonths(1).AddDays(-1):yyyy-MM-dd}";

        var viewer = await (await brigade.SignIn("viewer")).GetStringAsync(path);
        var dadui = await (await brigade.SignIn("dadui")).GetStringAsync(path);

        Assert.Contains("任务 FZ-01推进滞后", viewer);
        Assert.DoesNotContain("内部说明", viewer);
        Assert.Contains("按查看权限，2项任务的进展情况说明未予显示。", viewer);
        Assert.Contains("法制室内部说明", dadui);
    }

    /// <summary>
    /// Two tasks of last month, each behind with a note, and last month's report; this month an entry of 宣传中队 returned
    /// with a reason and an instruction to each unit, the one to 法制室 answered.
    /// </summary>
    private async Task<(ApiBrigade Brigade, string Month)> Arrange()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var fazhiTask = await brigade.AddTask(Task("FZ-01", "fazhi"));
        var xuanchuanTask = await brigade.AddTask(Task("XC-01", "xuanchuan"));
        var fazhi = await brigade.SignIn("fazhi");
        var xuanchuan = await brigade.SignIn("xuanchuan");
        var on = Day(LastMonth.AddDays(2));
        (await fazhi.Report(fazhiTask, new { value = 1, occurredOn = on, note = "法制室内部说明：案卷尚在评查" })).EnsureSuccessStatusCode();
        (await xuanchuan.Report(xuanchuanTask, new { value = 1, occurredOn = on, note = "宣传中队内部说明：稿件待审" })).EnsureSuccessStatusCode();
        var dadui = await brigade.SignIn("dadui");
        var month = LastMonth.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        (await dadui.PostAsync($"/api/v1/brigades/{brigade.Id}/reports/monthly/{month}/generate", null)).EnsureSuccessStatusCode();

        var returned = (await (await xuanchuan.Report(xuanchuanTask, new { value = 1, occurredOn = on })).Read<EntryWithTaskBody>()).Entry;
        (await (await brigade.SignIn("zhao")).PostAsJsonAsync(
            $"/api/v1/tasks/{xuanchuanTask.Id()}/progress/{returned.Id}/return", new { reason = "宣传退回原因：未附稿件" })).EnsureSuccessStatusCode();
        var toFazhi = await (await dadui.InstructUnit(brigade, "fazhi", "给法制室的批示：补齐案卷")).Read<InstructionBody>();
        (await dadui.InstructUnit(brigade, "xuanchuan", "给宣传中队的批示：加快发稿")).EnsureSuccessStatusCode();
        (await fazhi.Answer(toFazhi.Id, "法制室已办理：案卷已补齐")).EnsureSuccessStatusCode();
        return (brigade, month);
    }

    private static object Task(string code, string unitId) => new
    {
        year = LastMonth.Year, code, title = $"任务 {code}", category = "执法监督", unitId, dutyLine = "Accountability",
        metric = new { kind = "Count", target = 12, unitLabel = "次" },
        start = Day(LastMonth), due = Day(LastMonth.AddMonths(1).AddDays(-1)),
    };

    private static async Task<string> MonthlyMarkdown(ApiBrigade brigade, string role, DateOnly month, bool preview = false) =>
        await (await brigade.SignIn(role)).GetStringAsync(Path(brigade, month, "md") + (preview ? "&preview=true" : ""));

    private static string Path(ApiBrigade brigade, DateOnly month, string format) =>
        $"/api/v1/brigades/{brigade.Id}/reports/monthly/{month:yyyy-MM}?format={format}";

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
