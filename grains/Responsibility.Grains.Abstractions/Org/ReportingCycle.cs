namespace Responsibility.Grains.Abstractions.Org;

/// <summary>How often units report progress (填报周期): every month, or every quarter (due in its last month).</summary>
public enum ReportingCycle
{
    Monthly = 0,
    Quarterly = 1,
}
