namespace Responsibility.Reports.Layouts;

/// <summary>
/// What a 延期申请审批单 says, as the api reads it: the brigade, who asked and when, the target (its kind in words, its
/// name, its unit), the dates, the reason and progress, the evidence, who decides, and the decision once made.
/// </summary>
public sealed record ExtensionContent(
    string BrigadeName,
    string PartyOrgName,
    string TargetKind,
    string TargetTitle,
    string? UnitName,
    string RequesterName,
    DateOnly RequestedOn,
    DateOnly OriginalDue,
    DateOnly CurrentDue,
    DateOnly ProposedDue,
    int Ordinal,
    string Reason,
    string? Progress,
    string[] AttachmentNames,
    string ApproverName,
    bool SetByLeader,
    ExtensionDecisionContent? Decision);

/// <summary>The decision: granted to <see cref="GrantedDue"/> or refused, with the note or reason, by whom and on which day.</summary>
public sealed record ExtensionDecisionContent(bool Granted, DateOnly? GrantedDue, string? Note, string ByName, DateOnly On);
