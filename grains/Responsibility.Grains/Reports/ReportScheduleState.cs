namespace Responsibility.Grains.Reports;

using Responsibility.Grains.Abstractions.Reports;

[GenerateSerializer]
public sealed class ReportScheduleState
{
    /// <summary>Every month with a stored report, keyed yyyy-MM.</summary>
    [Id(0)]
    public Dictionary<string, MonthlyReportInfo> Reports { get; set; } = [];
}
