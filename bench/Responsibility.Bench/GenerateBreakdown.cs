namespace Responsibility.Bench;

using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;
using Responsibility.Grains;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Domain.Reports;
using Responsibility.Grains.Reports;
using Responsibility.Storage;
using static Responsibility.Bench.ResultTable;

/// <summary>
/// The parts of (a) generate, each run on its own as <c>MonthlyReportGrain.Generate</c> runs them: the fan-out that
/// loads every task's record, the pure composition, and the storage write of the grain's state, which holds every
/// version so far and is rewritten whole each time.
/// </summary>
public sealed class GenerateBreakdown(Sampler sampler, ResultTable table, BenchHost host)
{
    private IGrainFactory Grains => host.Grains;

    public async Task Run(string scenario, string brigadeId, DateOnly month)
    {
        var years = month.Month == 12 ? new[] { month.Year, month.Year + 1 } : [month.Year];
        ReportContext context = null!;
        var load = await sampler.Run(async () =>
        {
            context = await Load(brigadeId, years);
            return context.Tasks.Count;
        });
        table.Add(scenario, "(a) part: load inputs (fan-out to task grains)", load, $"{context.Tasks.Count:N0} task records");

        var compose = await sampler.Run(() =>
        {
            MonthlyReportComposer.Compose(context, month.Year, month.Month, 1, DateTimeOffset.UtcNow, "bench");
            return Task.FromResult(0L);
        });
        table.Add(scenario, "(a) part: compose (pure)", compose);

        var latest = await Grains.GetGrain<IMonthlyReportGrain>(GrainKeys.MonthlyReport(brigadeId, month.Year, month.Month)).Get(null);
        var state = new MonthlyReportVersionState { Report = latest };
        var json = SqlGrainStorageOptions.DefaultJson();
        var serialize = await sampler.Run(() => Task.FromResult((long)JsonSerializer.SerializeToUtf8Bytes(state, json).Length));
        table.Add(scenario, "(a) part: serialize one version's state", serialize,
            $"{Mb(serialize[^1].Bytes)}; largest stored version row {Mb(StoredBytes(brigadeId, month))}");

        // The real provider and database, under a state name no grain uses; the warm-up inserts, the runs update.
        var storage = host.Services.GetRequiredKeyedService<IGrainStorage>(StorageNames.Main);
        var scratch = new ScratchState<MonthlyReportVersionState>(state);
        var grainId = GrainId.Create("bench", $"{brigadeId}-{month:yyyy-MM}");
        var write = await sampler.Run(async () =>
        {
            await storage.WriteStateAsync("benchScratch", grainId, scratch);
            return 0L;
        });
        table.Add(scenario, "(a) part: storage write of that state", write, "JSON + SQLite UPDATE (WAL, synchronous=FULL)");
    }

    private async Task<ReportContext> Load(string brigadeId, int[] years)
    {
        var brigade = Grains.GetGrain<IBrigadeGrain>(brigadeId);
        var info = await brigade.GetInfo();
        var ids = await brigade.GetTaskIds(years);
        var records = await Task.WhenAll(ids.Select(id => Grains.GetGrain<ITaskGrain>(id).GetRecord()));
        return new ReportContext(info, records);
    }

    private long StoredBytes(string brigadeId, DateOnly month)
    {
        using var connection = new SqliteConnection($"Data Source={host.DatabasePath};Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COALESCE(MAX(LENGTH(CAST(payload AS BLOB))), 0) FROM grain_state WHERE state_name = 'monthlyReportVersion' AND grain_id LIKE $key";
        command.Parameters.AddWithValue("$key", $"%{GrainKeys.MonthlyReport(brigadeId, month.Year, month.Month)}/%");
        return (long)command.ExecuteScalar()!;
    }

    private sealed class ScratchState<T>(T state) : IGrainState<T>
    {
        [System.Diagnostics.CodeAnalysis.AllowNull]
        public T State { get; set; } = state;

        public string? ETag { get; set; }

        public bool RecordExists { get; set; }
    }
}
