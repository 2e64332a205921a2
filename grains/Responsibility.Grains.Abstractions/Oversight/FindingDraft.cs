namespace Responsibility.Grains.Abstractions.Oversight;

/// <summary>
/// A problem an inspection found and what must be done about it (问题/任务/责任 三张清单): the unit responsible and its
/// 责任领导, the person concerned where named, the rule broken (依据), the measures and the date they are due.
/// </summary>
[GenerateSerializer, Immutable, Alias("Responsibility.FindingDraft")]
public sealed record FindingDraft(
    string Problem,
    string Category,
    string UnitId,
    string? Person,
    Severity Severity,
    string? Basis,
    string LeaderId,
    string Measures,
    DateOnly DueDate);
