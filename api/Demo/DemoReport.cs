namespace Responsibility.Api.Demo;

/// <summary>One 进度填报 of the demo, as its unit head sends it; a <see cref="ReturnReason"/> gets it returned.</summary>
internal sealed record DemoReport(DateOnly OccurredOn, double? Value, int? Stage, string Note, string? ReturnReason = null);
