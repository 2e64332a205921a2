namespace Responsibility.Grains.Reports;

using Responsibility.Grains.Abstractions.Reports;

[GenerateSerializer]
public sealed class MonthlyReportState
{
    [Id(0)]
    public List<MonthlyReport> Versions { get; set; } = [];
}
