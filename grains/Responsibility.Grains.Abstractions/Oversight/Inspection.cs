namespace Responsibility.Grains.Abstractions.Oversight;

/// <summary>An inspection as its author records it: who checked (leaders of the brigade), which units, when, and what they saw.</summary>
[GenerateSerializer, Immutable, Alias("Responsibility.InspectionDraft")]
public sealed record InspectionDraft(
    string BrigadeId,
    InspectionKind Kind,
    DateOnly Date,
    string Title,
    string[] InspectorIds,
    string[] UnitIds,
    string Summary);

/// <summary>
/// One finding of an inspection: the problem found and the 整改 item it became (<see cref="RectificationId"/>, held by the
/// unit <see cref="UnitId"/>'s grain).
/// </summary>
[GenerateSerializer, Immutable, Alias("Responsibility.FindingRef")]
public sealed record FindingRef(string RectificationId, string UnitId);

/// <summary>
/// An inspection (检查) as its events leave it: recorded once by <see cref="Author"/> (a username), then its findings in
/// the order they were added, each a 整改 item of its unit.
/// </summary>
[GenerateSerializer, Immutable, Alias("Responsibility.Inspection")]
public sealed record Inspection(
    string Id,
    string BrigadeId,
    InspectionKind Kind,
    DateOnly Date,
    string Title,
    string[] InspectorIds,
    string[] UnitIds,
    string Summary,
    string Author,
    DateTimeOffset RecordedAt,
    FindingRef[] Findings,
    int Version);
