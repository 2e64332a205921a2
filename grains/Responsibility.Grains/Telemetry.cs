namespace Responsibility.Grains;

using System.Diagnostics.Metrics;

/// <summary>Our own metrics, beside ASP.NET Core's and Orleans': what the brigades do and how long rollups take.</summary>
public static class Telemetry
{
    public const string MeterName = "Responsibility";

    private static readonly Meter Meter = new(MeterName);

    public static readonly Counter<long> ProgressReports =
        Meter.CreateCounter<long>("responsibility.progress_reports", description: "Progress entries stored (retries not counted).");

    public static readonly Counter<long> Returns =
        Meter.CreateCounter<long>("responsibility.entry_returns", description: "Progress entries returned (退回).");

    public static readonly Counter<long> ReportGenerations =
        Meter.CreateCounter<long>("responsibility.report_generations", description: "Monthly report versions stored.");

    public static readonly Histogram<double> RollupDuration =
        Meter.CreateHistogram<double>("responsibility.rollup.duration", unit: "ms", description: "Time to answer a brigade rollup.");
}
