namespace Responsibility.Api.Demo;

/// <summary>
/// A milestone stage of the demo: the month it is planned for and the month its unit reports it done (null: not yet).
/// A <see cref="ReturnReason"/> means the supervising leader returns (退回) that report.
/// </summary>
internal sealed record DemoStage(
    string Name, double Weight, int PlannedMonth, int? DoneMonth, string Note, string? ReturnReason = null);
