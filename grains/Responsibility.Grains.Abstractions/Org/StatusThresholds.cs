namespace Responsibility.Grains.Abstractions.Org;

/// <summary>Lag above <see cref="Yellow"/> is 黄灯, above <see cref="Red"/> is 红灯; 临近时限 within <see cref="DueSoonDays"/>.</summary>
[GenerateSerializer, Immutable, Alias("Responsibility.StatusThresholds")]
public sealed record StatusThresholds(double Yellow, double Red, int DueSoonDays)
{
    public static readonly StatusThresholds Default = new(0.10, 0.25, 7);
}
