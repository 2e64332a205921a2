namespace Responsibility.Bench;

/// <summary>
/// The 考核 ranking as the dashboard and the 考核 page ask for it: the office saves a scheme with one indicator of each
/// automatic rule, then the units' running scores of the current period are read (<c>GET …/appraisal/{year}/scores</c>:
/// every rule counted from the log as of today, combined and ranked), sequentially.
/// </summary>
public sealed class AppraisalRun(Api api, MainBrigade brigade, BenchOptions options, Results results)
{
    private static readonly string[] Rules =
    [
        "ReportedOnTime", "TaskDone", "TaskOnPace", "InstructionClosedOnTime", "RectificationClosedOnTime", "EntryReturned",
        "Extension", "DutySlotRecorded", "DutySlotMissed", "PledgeSigned", "Commended", "Criticised",
    ];

    public async Task Run()
    {
        var today = MainBrigade.Today;
        var indicators = Rules.Select((rule, i) => new
        {
            code = $"A{i + 1:D2}", name = rule, parent = (string?)null, maxPoints = 10m, subjects = "Units",
            rule = new { kind = rule, points = 1m, @base = (decimal?)null }, standard = (string?)null,
        });
        await api.Send(HttpMethod.Put, $"/api/v1/brigades/{brigade.Id}/appraisal/{today.Year}/scheme", brigade.AdminToken, new
        {
            period = "Quarter", grades = new { excellent = 90m, competent = 75m, basic = 60m }, indicators,
        });
        var period = $"{today.Year}-Q{((today.Month - 1) / 3) + 1}";
        var path = $"/api/v1/brigades/{brigade.Id}/appraisal/{today.Year}/scores?period={period}&subjects=Units";
        var read = await Load.Sequential(1, options.ReportRuns, _ => api.SendJson(HttpMethod.Get, path, brigade.LeaderToken, null));
        results.Add("appraisal_scores_ms", $"考核 scores of the units, 12 automatic rules, {brigade.Tasks.Count:N0} tasks, median of {options.ReportRuns}",
            read.P50, "ms");
    }
}
