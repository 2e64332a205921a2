namespace Responsibility.Bench;

using System.Globalization;
using System.Text;
using System.Text.Json;

/// <summary>Every figure of one run, printed as one Markdown table and written as JSON.</summary>
public sealed class Results(BenchOptions options, Machine machine)
{
    private readonly List<Figure> figures = [];
    private readonly DateTimeOffset started = DateTimeOffset.UtcNow;

    public IReadOnlyList<Figure> Figures => figures;

    /// <summary>What was measured, in a line: the sizes of an embedded run, or the processes of a cluster.</summary>
    public string Setup { get; set; } = options.Cluster
        ? $"cluster: 2 silos + 2 apis (separate processes) on PostgreSQL (fsync on) and Redis, all on 127.0.0.1; {options.Clients} clients, " +
          $"half on each api; brigade {options.Units} units × {options.TasksPerUnit} tasks"
        : $"embedded: the api with its silo and SQLite in this process; {options.Clients} clients; brigade {options.Units} units × " +
          $"{options.TasksPerUnit} tasks; {options.Small:N0} / {options.Large:N0} tasks; province {options.ProvinceBrigades} × {options.ProvinceTasks}";

    public void Add(string key, string name, double value, string unit, string? target = null, bool? met = null)
    {
        var figure = new Figure(key, name, value, unit, Show(value, unit), target, met);
        figures.Add(figure);
        Progress($"{name}: {figure.Shown}{(met is null ? "" : met.Value ? " (target met)" : " (target MISSED)")}");
    }

    public double this[string key] => figures.Single(f => f.Key == key).Value;

    public void Print(TextWriter output)
    {
        var text = new StringBuilder()
            .AppendLine($"Machine: {machine.Describe()}")
            .AppendLine($"Run: {started:yyyy-MM-dd HH:mm} UTC, {Elapsed():0} s; {Setup}")
            .AppendLine()
            .AppendLine("| Figure | Value | Target | Met |")
            .AppendLine("|---|---:|---|---|");
        foreach (var f in figures)
        {
            text.AppendLine($"| {f.Name} | {f.Shown} | {f.Target ?? ""} | {(f.Met is null ? "" : f.Met.Value ? "yes" : "**no**")} |");
        }

        output.Write(text.ToString());
    }

    public void Write(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var document = new { started, seconds = Elapsed(), setup = Setup, machine, options, figures };
        File.WriteAllText(path, JsonSerializer.Serialize(document, new JsonSerializerOptions(Api.Json) { WriteIndented = true }));
    }

    /// <summary>Progress goes to stderr so stdout holds only the table.</summary>
    public static void Progress(string line) => Console.Error.WriteLine($"[bench {DateTime.Now:HH:mm:ss}] {line}");

    private double Elapsed() => (DateTimeOffset.UtcNow - started).TotalSeconds;

    private static string Show(double value, string unit) => unit switch
    {
        "ratio" => value.ToString("0.00", CultureInfo.InvariantCulture),
        "%" => value.ToString("0.0", CultureInfo.InvariantCulture) + " %",
        "ms" => value.ToString(value < 10 ? "0.00" : "0", CultureInfo.InvariantCulture) + " ms",
        "s" => value.ToString("0.00", CultureInfo.InvariantCulture) + " s",
        "KiB" => value.ToString("0.0", CultureInfo.InvariantCulture) + " KiB",
        _ => value.ToString(value < 100 ? "0.0" : "N0", CultureInfo.InvariantCulture) + " " + unit,
    };
}
