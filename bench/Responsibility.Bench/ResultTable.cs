namespace Responsibility.Bench;

using System.Globalization;
using System.Text;

/// <summary>Collects timed rows and one-off figures and prints them as Markdown.</summary>
public sealed class ResultTable
{
    private readonly List<string> rows = [];
    private readonly List<string> figures = [];

    public void Add(string scenario, string operation, IReadOnlyList<Sample> samples, string? note = null)
    {
        var s = Stats.Of(samples.Select(x => x.Milliseconds).ToArray());
        rows.Add($"| {scenario} | {operation} | {s.Count} | {Ms(s.Median)} | {Ms(s.P90)} | {Ms(s.Min)} | {Ms(s.Max)} | {note} |");
        Progress($"{scenario} / {operation}: median {Ms(s.Median)} ms");
    }

    public void Figure(string name, string value)
    {
        figures.Add($"| {name} | {value} |");
        Progress($"{name}: {value}");
    }

    public void Print(TextWriter output)
    {
        var text = new StringBuilder()
            .AppendLine("| Scenario | Operation | N | median ms | p90 ms | min ms | max ms | Notes |")
            .AppendLine("|---|---|---:|---:|---:|---:|---:|---|");
        rows.ForEach(r => text.AppendLine(r));
        text.AppendLine().AppendLine("| Figure | Value |").AppendLine("|---|---|");
        figures.ForEach(f => text.AppendLine(f));
        output.Write(text.ToString());
    }

    /// <summary>Progress goes to stderr so stdout holds only the tables.</summary>
    public static void Progress(string line) => Console.Error.WriteLine($"[bench] {line}");

    public static string Ms(double ms) => ms.ToString(ms < 10 ? "0.00" : "0", CultureInfo.InvariantCulture);

    public static string Mb(double bytes) => (bytes / (1024 * 1024)).ToString("0.0", CultureInfo.InvariantCulture) + " MB";

    public static string Kb(double bytes) => (bytes / 1024).ToString("0.0", CultureInfo.InvariantCulture) + " KB";
}
