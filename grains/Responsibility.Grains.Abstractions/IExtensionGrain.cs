namespace Responsibility.Grains.Abstractions;

using Responsibility.Grains.Abstractions.Oversight;

/// <summary>
/// One 延期申请 and its decision, keyed by the server-generated id. A grant moves the target's current due date (its
/// grain keeps the original) before it is acknowledged, and is applied again on activation if a crash came between, so
/// a granted extension always reaches its target. Who may ask and decide is the caller's to check (SPEC §3); the grain
/// keeps the order (one decision) and that nobody decides their own request.
/// </summary>
public interface IExtensionGrain : IGrainWithStringKey
{
    /// <summary>
    /// Files the request, or, with <paramref name="setByLeader"/>, records a leader setting a new date on a target already
    /// past it (granted as made). The target must exist in the brigade and have a due date; a request must come before the
    /// current due date and propose a later one (<see cref="ErrorKind.Invalid"/> naming the field).
    /// </summary>
    Task<ExtensionRequest> Request(ExtensionDraft draft, bool setByLeader, string actor);

    /// <summary>Grants with <paramref name="grantedDue"/> (after the current due date); <see cref="ErrorKind.Conflict"/> once decided.</summary>
    Task<ExtensionRequest> Grant(DateOnly grantedDue, string? note, string actor);

    /// <summary>Refuses with a reason; <see cref="ErrorKind.Conflict"/> once decided.</summary>
    Task<ExtensionRequest> Refuse(string reason, string actor);

    Task<ExtensionRequest?> Get();
}
