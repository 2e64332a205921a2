namespace Responsibility.Grains.Abstractions.Reports;

using Responsibility.Grains.Abstractions.Rollups;

/// <summary>The tasks of one category (e.g. 执法监督) in a year, with their rollup.</summary>
[GenerateSerializer, Immutable, Alias("Responsibility.AnnualCategory")]
public sealed record AnnualCategory(string Category, Rollup Rollup, ReportTask[] Tasks);
