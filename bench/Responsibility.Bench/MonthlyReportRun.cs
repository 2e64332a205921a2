namespace Responsibility.Bench;

/// <summary>
/// Last month's report of the brigade as its leader asks for it: a new snapshot version (<c>POST …/generate</c>:
/// every task replayed from the log to the month's end, composed, stored) and the stored version as DOCX.
/// </summary>
public sealed class MonthlyReportRun(Api api, MainBrigade brigade, BenchOptions options, Results results)
{
    public async Task Run()
    {
        var today = MainBrigade.Today;
        var month = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        var path = $"/api/v1/brigades/{brigade.Id}/reports/monthly/{month:yyyy-MM}";
        var tasks = brigade.Tasks.Count;

        var generate = await Load.Sequential(1, options.ReportRuns, _ => api.SendJson(HttpMethod.Post, path + "/generate", brigade.LeaderToken, null));
        results.Add("report_snapshot_ms", $"Monthly report snapshot (POST …/generate), {tasks:N0} tasks, median of {options.ReportRuns}", generate.P50, "ms");

        var size = 0;
        var docx = await Load.Sequential(1, options.ReportRuns, async _ => size = await api.SendJson(HttpMethod.Get, path + "?format=docx", brigade.LeaderToken, null));
        results.Add("report_docx_ms", $"Monthly report DOCX (GET ?format=docx, {size / 1024.0:0} KiB), {tasks:N0} tasks, median of {options.ReportRuns}",
            docx.P50, "ms", "≤ 500 ms", docx.P50 <= 500);
    }
}
