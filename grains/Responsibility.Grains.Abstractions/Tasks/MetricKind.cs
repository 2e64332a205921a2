namespace Responsibility.Grains.Abstractions.Tasks;

public enum MetricKind
{
    Count = 0,
    Rate = 1,
    Milestone = 2,
}
