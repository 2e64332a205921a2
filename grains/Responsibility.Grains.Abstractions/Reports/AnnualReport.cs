namespace Responsibility.Grains.Abstractions.Reports;

using Responsibility.Grains.Abstractions.Rollups;

/// <summary>
/// 法治建设年度报告 draft, in the four parts of the 2023 Zichuan report: 举措和成效 by category, the first
/// responsible leader's Accountability line with their 清单 and the year's 履责纪实 and 责任书 (<see cref="FirstResponsibleDuties"/>,
/// <see cref="FirstResponsiblePledges"/>; null when no leader is designated), shortcomings (unfinished / Red tasks), and next
/// year's plan; the year's 督责 figures (<see cref="Oversight"/>, null in drafts made before 督责) and 考核 (<see cref="Appraisal"/>, null without a
/// 考核方案) in part 一.
/// </summary>
[GenerateSerializer, Immutable, Alias("Responsibility.AnnualReport")]
public sealed record AnnualReport(
    ReportHeader Header,
    int Year,
    DateOnly AsOf,
    DateTimeOffset GeneratedAt,
    Rollup Overall,
    AnnualCategory[] Categories,
    IndicatorLine[] Indicators,
    LeaderLine? FirstResponsible,
    ReportTask[] FirstResponsibleTasks,
    ReportTask[] Shortcomings,
    AnnualCategory[] NextYear,
    LeaderDuties? FirstResponsibleDuties = null,
    PledgeTally? FirstResponsiblePledges = null,
    OversightFigures? Oversight = null,
    AppraisalFigures? Appraisal = null);
