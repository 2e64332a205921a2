namespace Responsibility.Grains.Domain;

/// <summary>
/// Bounds that keep every stored figure and every sum finite. A JSON answer cannot carry an infinity, so one
/// overflowing sum would break every page and report that includes the task.
/// </summary>
public static class Limits
{
    /// <summary>The largest target or single Count increment accepted (十亿).</summary>
    public const double MaxValue = 1e9;

    /// <summary>What any measured figure is clamped to: sums of a brigade's tasks stay far from overflow.</summary>
    public const double MaxFigure = 1e12;

    /// <summary>A figure read back from storage, as a finite number within ±<see cref="MaxFigure"/> (NaN reads as 0).</summary>
    public static double Finite(double value) => double.IsNaN(value) ? 0 : Math.Clamp(value, -MaxFigure, MaxFigure);
}
