namespace Responsibility.Bench;

using static Responsibility.Bench.ResultTable;

/// <summary>The monthly report of one brigade through HTTP: (a) generate a new version, (b)–(d) render it.</summary>
public sealed class ReportBench(Sampler sampler, ResultTable table)
{
    public async Task Run(string scenario, HttpClient client, string brigadeId, DateOnly month)
    {
        var path = $"/api/v1/brigades/{brigadeId}/reports/monthly/{month:yyyy-MM}";

        var generate = await sampler.Run(() => Http.Send(client, HttpMethod.Post, path + "/generate"));
        table.Add(scenario, $"(a) POST generate {month:yyyy-MM}", generate,
            $"snapshot JSON {Kb(generate[^1].Bytes)}; runs in order: {string.Join(", ", generate.Select(s => Ms(s.Milliseconds)))} ms");

        var docx = await sampler.Run(() => Http.Send(client, HttpMethod.Get, path + "?format=docx"));
        var allocated = Stats.Of(docx.Select(s => (double)s.Allocated).ToArray()).Median;
        table.Add(scenario, "(b) GET ?format=docx", docx, $"{docx[^1].Bytes:N0} bytes; allocated {Mb(allocated)} per request (median)");
        // Zip entry names are stored uncompressed, and an embedded chart is a media/*.png part.
        var file = await Http.Body(client, HttpMethod.Get, path + "?format=docx");
        table.Figure($"{scenario}: DOCX size / chart embedded as image",
            $"{file.Length:N0} bytes / {(file.AsSpan().IndexOf(".png"u8) >= 0 ? "yes" : "no (fell back to a table)")}");

        var html = await sampler.Run(() => Http.Send(client, HttpMethod.Get, path + "?format=html"));
        table.Add(scenario, "(c) GET ?format=html", html, Kb(html[^1].Bytes));

        var markdown = await sampler.Run(() => Http.Send(client, HttpMethod.Get, path + "?format=md"));
        table.Add(scenario, "(d) GET ?format=md", markdown, Kb(markdown[^1].Bytes));
    }

    /// <summary>The brigade rollup now (kept in memory by the brigade grain) and at a past date (replayed by every task).</summary>
    public async Task Rollups(string scenario, HttpClient client, string brigadeId, DateOnly pastDay)
    {
        var path = $"/api/v1/brigades/{brigadeId}/rollup";

        var now = await sampler.Run(() => Http.Send(client, HttpMethod.Get, path));
        table.Add(scenario, "GET rollup", now, Kb(now[^1].Bytes));

        var past = await sampler.Run(() => Http.Send(client, HttpMethod.Get, $"{path}?asOf={pastDay:yyyy-MM-dd}"));
        table.Add(scenario, $"GET rollup?asOf={pastDay:yyyy-MM-dd}", past, Kb(past[^1].Bytes));
    }
}
