namespace Responsibility.Api.Demo;

/// <summary>
/// How a demo Count task keeps up with its time-linear plan: the share reported by a date is
/// <c>Factor × planned − Behind</c>, so <see cref="Factor"/> is a steady speed and <see cref="Behind"/> a steady gap.
/// </summary>
internal sealed record DemoPace(double Factor, double Behind)
{
    public static readonly DemoPace OnTrack = new(1, 0);

    /// <summary>
    /// 黄灯 all year from March: a 0.14 gap plus at most a month since the last report (≤ 0.085) stays in (0.10, 0.25].
    /// </summary>
    public static readonly DemoPace Lagging = new(1, 0.14);

    /// <summary>红灯: a 0.40 gap on a half-year task is past 0.25 from mid-February and overdue after June.</summary>
    public static readonly DemoPace FarBehind = new(1, 0.40);

    public double Share(double planned) => Math.Max(0, Factor * planned - Behind);
}
