namespace Responsibility.Reports.Ledger;

using System.Globalization;
using System.Text.RegularExpressions;
using Responsibility.Grains.Abstractions.Tasks;
using Responsibility.Grains.Abstractions.Text;
using Responsibility.Reports.Rendering;

/// <summary>
/// How the 台账 writes a task's fields and reads them back, one home for both directions so an exported sheet reads
/// as it was written. People see rates and shares as percentages (0.9 ↔ "90%"); a number typed into a cell that
/// Excel shows as a percentage arrives as the fraction (0.9), so a bare number up to 1 is a fraction too.
/// </summary>
public static partial class LedgerNotation
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyy年M月d日"];

    public static string Percent(double fraction, int decimals = 2) =>
        (fraction * 100).ToString("0." + new string('#', decimals), Invariant) + "%";

    /// <summary>A Rate's target with its direction ("≥ 90%", "≤ 5%"); a Count's is its number; a milestone has none.</summary>
    public static object? Target(Metric metric) => metric.Kind switch
    {
        MetricKind.Rate => (metric.Direction == RateDirection.LowerIsBetter ? "≤ " : "≥ ") +
                           (TaskText.IsPercent(metric) ? Percent(metric.Target, 4) : TaskText.Number(metric.Target)),
        MetricKind.Count => metric.Target,
        _ => null,
    };

    public static string Stages(Metric metric) =>
        metric.Kind != MetricKind.Milestone ? "" : string.Join("；", metric.Stages.Select(s => $"{s.Name} {Percent(s.Weight)}"));

    public static string Plan(double[]? plan) => plan is null ? "" : string.Join("、", plan.Select(p => Percent(p)));

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", Invariant);

    /// <summary>Text of a cell, cleaned as everything people send is; null when blank.</summary>
    public static string? ReadText(object? cell) => cell switch
    {
        null => null,
        string s => SafeText.Clean(s).Trim() is { Length: > 0 } t ? t : null,
        double d => d.ToString(Invariant),
        DateTime d => Date(DateOnly.FromDateTime(d)),
        _ => SafeText.Clean(Convert.ToString(cell, Invariant) ?? "").Trim() is { Length: > 0 } t ? t : null,
    };

    public static double? ReadNumber(object? cell)
    {
        if (cell is double number)
        {
            return number;
        }

        var text = ReadText(cell);
        return text is null ? null
            : double.TryParse(text.Replace(",", ""), NumberStyles.Float, Invariant, out var value) && double.IsFinite(value) ? value
            : throw new LedgerCellException($"“{text}”不是数字。");
    }

    /// <summary>A share or level: "90%" or a fraction up to 1 (what Excel keeps for a cell shown as 90%).</summary>
    public static double? ReadFraction(object? cell)
    {
        if (ReadText(cell) is not { } text)
        {
            return null;
        }

        // Decimal arithmetic, so "87.34%" is the same number as 0.8734 typed anywhere else.
        var percent = text.EndsWith('%') || text.EndsWith('％');
        var fraction = cell is double d && !percent ? d : (double)(Parse(percent ? text[..^1].Trim() : text) / (percent ? 100m : 1m));
        return fraction is >= 0 and <= 1 ? fraction : throw new LedgerCellException($"“{text}”应写成 0% 到 100% 之间的百分数，如 90%。");

        static decimal Parse(string s) => decimal.TryParse(s, NumberStyles.Float, Invariant, out var v)
            ? v : throw new LedgerCellException($"“{s}”不是百分数，应写成如 90%。");
    }

    /// <summary>A Rate's target: "≥ 90%" (higher is better, also without the sign) or "≤ 5%" (lower is better).</summary>
    public static (double? Target, RateDirection? Direction) ReadRateTarget(object? cell)
    {
        var text = ReadText(cell);
        if (text is null)
        {
            return (null, null);
        }

        var match = Direction().Match(text);
        RateDirection? direction = !match.Success ? null
            : match.Groups[1].Value is "≤" or "<=" or "＜=" or "≦" or "不高于" or "不超过" ? RateDirection.LowerIsBetter
            : RateDirection.HigherIsBetter;
        return (ReadFraction(cell is double ? cell : text[match.Length..]), direction);
    }

    /// <summary>"方案制定 30%；组织实施 70%", or names alone for equal shares; shares that add up to about 100% are scaled to exactly 1.</summary>
    public static MilestoneStage[]? ReadStages(object? cell)
    {
        if (ReadText(cell) is not { } text)
        {
            return null;
        }

        var parts = text.Split(['；', ';', '\n', '、'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var stages = parts.Select(p => StageShare().Match(p) is { Success: true } m
            ? (Name: p[..m.Index].Trim(), Share: ReadFraction(m.Value.Trim()))
            : (Name: p, Share: (double?)null)).ToArray();
        if (stages.Any(s => s.Name.Length == 0))
        {
            throw new LedgerCellException("每个节点都须有名称。");
        }

        if (stages.All(s => s.Share is null))
        {
            return [.. stages.Select(s => new MilestoneStage(s.Name, 1.0 / stages.Length))];
        }

        var total = stages.Sum(s => s.Share ?? 0);
        return stages.Any(s => s.Share is not > 0) || Math.Abs(total - 1) > 0.005
            ? throw new LedgerCellException("节点须都写上占比且合计为 100%，如“方案制定 30%；组织实施 70%”，或都不写（平均分配）。")
            : [.. stages.Select(s => new MilestoneStage(s.Name, s.Share!.Value / total))];
    }

    /// <summary>Twelve cumulative shares, one per month; a blank cell means no monthly plan (an empty array).</summary>
    public static double[] ReadPlan(object? cell)
    {
        if (ReadText(cell) is not { } text)
        {
            return [];
        }

        var shares = text.Split(['、', ',', '，', ';', '；', ' ', '\n'], StringSplitOptions.RemoveEmptyEntries);
        return shares.Length == 12
            ? [.. shares.Select(s => ReadFraction(s)!.Value)]
            : throw new LedgerCellException($"月度计划须为 12 个累计百分数（1 月至 12 月），现有 {shares.Length} 个。");
    }

    public static DateOnly? ReadDay(object? cell)
    {
        switch (cell)
        {
            case DateTime d:
                return DateOnly.FromDateTime(d);
            case double serial when serial is > 1 and < 2958466:
                // A date Excel keeps as its serial number when the cell has no date format.
                return DateOnly.FromDateTime(DateTime.FromOADate(serial));
        }

        var text = ReadText(cell);
        return text is null ? null
            : DateOnly.TryParseExact(text, DateFormats, Invariant, DateTimeStyles.None, out var day) ? day
            : throw new LedgerCellException($"“{text}”不是日期，应写成如 2026-03-31。");
    }

    public static DutyLine? ReadDutyLine(object? cell)
    {
        var text = ReadText(cell);
        return text is null ? null
            : Enum.TryParse<DutyLine>(text, ignoreCase: true, out var line) && Enum.IsDefined(line) ? line
            : text.Contains("业务") ? Grains.Abstractions.Tasks.DutyLine.Business
            : text.Contains("法治") || text.Contains("廉政") ? Grains.Abstractions.Tasks.DutyLine.Accountability
            : throw new LedgerCellException($"“{text}”应为“业务工作”或“法治建设·党风廉政”。");
    }

    public static MetricKind? ReadKind(object? cell)
    {
        var text = ReadText(cell);
        return text is null ? null
            : Enum.GetValues<MetricKind>().Cast<MetricKind?>().FirstOrDefault(k =>
                  TaskText.MetricKindName(k!.Value) == text || k.Value.ToString().Equals(text, StringComparison.OrdinalIgnoreCase))
              ?? throw new LedgerCellException($"“{text}”应为“计数”“比率”或“节点”。");
    }

    [GeneratedRegex(@"^\s*(≥|>=|＞=|≧|不低于|≤|<=|＜=|≦|不高于|不超过)\s*")]
    private static partial Regex Direction();

    [GeneratedRegex(@"\d+(\.\d+)?\s*[%％]$")]
    private static partial Regex StageShare();
}
