namespace Responsibility.Grains.Domain.Reports;

using Responsibility.Grains.Abstractions.Oversight;

/// <summary>
/// A brigade's 督责 as the log holds it, everything ever recorded: inspections, 整改 items with all their steps,
/// extension requests and 通报. A report cuts each at its own date (<see cref="Rectification.AsOf"/>, a decision's time,
/// an issue's time).
/// </summary>
public sealed record OversightInputs(
    IReadOnlyList<Inspection> Inspections,
    IReadOnlyList<Rectification> Rectifications,
    IReadOnlyList<ExtensionRequest> Extensions,
    IReadOnlyList<Bulletin> Bulletins)
{
    public static readonly OversightInputs None = new([], [], [], []);
}
