namespace Responsibility.Grains.Abstractions.Audit;

/// <summary>One page of the audit trail; <see cref="Next"/> is the cursor of the next (older) page, null at the end.</summary>
[GenerateSerializer, Immutable, Alias("Responsibility.AuditPage")]
public sealed record AuditPage(AuditEntry[] Entries, long? Next);
