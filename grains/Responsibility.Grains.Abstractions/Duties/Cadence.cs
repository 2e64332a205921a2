namespace Responsibility.Grains.Abstractions.Duties;

/// <summary>How often a duty item falls due: once by its date, or every month, quarter, half year or year.</summary>
public enum Cadence
{
    Once = 0,
    Monthly = 1,
    Quarterly = 2,
    HalfYearly = 3,
    Yearly = 4,
}
