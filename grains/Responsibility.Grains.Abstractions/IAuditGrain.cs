namespace Responsibility.Grains.Abstractions;

using Responsibility.Grains.Abstractions.Audit;

/// <summary>
/// A brigade's audit trail (留痕), read from the event log: every change with who made it, when, and what changed.
/// Keyed by the brigade id. Nothing here, or anywhere, edits or deletes an event.
/// </summary>
public interface IAuditGrain : IGrainWithStringKey
{
    /// <summary>A page of changes, newest first; <see cref="AuditPage.Next"/> continues with older ones.</summary>
    Task<AuditPage> Read(AuditFilter filter);
}
