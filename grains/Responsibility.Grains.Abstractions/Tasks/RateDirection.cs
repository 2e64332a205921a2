namespace Responsibility.Grains.Abstractions.Tasks;

public enum RateDirection
{
    HigherIsBetter = 0,
    LowerIsBetter = 1,
}
