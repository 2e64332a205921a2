namespace Responsibility.Api.Pages;

/// <summary>
/// People type a Rate's target and values as percentages (90); the API carries fractions (0.9). Every form converts
/// here, and says here what a percentage may be.
/// </summary>
public static class PercentInput
{
    public const string LevelRange = "须在 0 到 100 之间（按百分数填写，如 87）。";

    public const string TargetRange = "须大于 0 且不超过 100（按百分数填写，如 90）。";

    public static double? ToFraction(double? percent) => percent / 100;

    /// <summary>A stored fraction as the form shows it again (0.9 → 90); <see cref="Display.Number"/> rounds away float dust.</summary>
    public static double ToPercent(double fraction) => fraction * 100;

    public static bool IsLevel(double? percent) => percent is >= 0 and <= 100;

    public static bool IsTarget(double? percent) => percent is > 0 and <= 100;
}
