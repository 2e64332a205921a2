namespace Responsibility.Api.Oversight;

using Responsibility.Api.Attachments;
using Responsibility.Grains.Abstractions.Oversight;

/// <summary>
/// A 延期申请 as the API answers it. <see cref="OriginalDue"/>, <see cref="Due"/> and <see cref="ExtensionCount"/> are the
/// target's dates when it was asked (the current one, after that many extensions); <see cref="Ordinal"/> which extension
/// of the target it is. <see cref="Approver"/> names who decides: a leader, or the brigade's leaders.
/// </summary>
public sealed record ExtensionResponse(
    string Id,
    string BrigadeId,
    ExtensionTarget Target,
    string TargetTitle,
    string? UnitId,
    string? UnitName,
    string Requester,
    string RequesterName,
    DateTimeOffset RequestedAt,
    DateOnly OriginalDue,
    DateOnly Due,
    int ExtensionCount,
    DateOnly ProposedDue,
    string Reason,
    string? Progress,
    AttachmentResponse[] Attachments,
    int Ordinal,
    ExtensionApproverResponse Approver,
    bool SetByLeader,
    ExtensionState State,
    ExtensionDecisionResponse? Decision,
    int Version);

/// <summary>The leader who decides (<see cref="LeaderId"/>), or any of the brigade's leaders (<see cref="BrigadeLeaders"/>).</summary>
public sealed record ExtensionApproverResponse(string? LeaderId, bool BrigadeLeaders, string Name);

/// <summary>Granted with <see cref="GrantedDue"/> and a note, or refused with the reason (<see cref="Note"/>).</summary>
public sealed record ExtensionDecisionResponse(bool Granted, DateOnly? GrantedDue, string? Note, string By, string ByName, DateTimeOffset At);
