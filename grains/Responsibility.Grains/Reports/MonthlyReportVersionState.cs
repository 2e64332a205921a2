namespace Responsibility.Grains.Reports;

using Responsibility.Grains.Abstractions.Reports;

[GenerateSerializer]
public sealed class MonthlyReportVersionState
{
    [Id(0)]
    public MonthlyReport? Report { get; set; }
}
