namespace Responsibility.Grains.Duties;

using Responsibility.Grains.Abstractions.Appraisal;
using Responsibility.Grains.Abstractions.Attachments;
using Responsibility.Grains.Abstractions.Duties;
using Responsibility.Grains.Abstractions.Oversight;
using Responsibility.Grains.Journal;

/// <summary>What a leader or a unit records of its duties (履责): records, signings of 责任书, rows of its risk register.</summary>
[GenerateSerializer]
public abstract record DutyHolderEvent : JournalEvent
{
    public static readonly EventCodec<DutyHolderEvent> Codec = new(new Dictionary<string, Type>
    {
        ["DutyRecorded"] = typeof(DutyRecorded),
        ["PledgeSigned"] = typeof(PledgeSigned),
        ["RiskPut"] = typeof(RiskPut),
        ["RectificationOpened"] = typeof(RectificationOpened),
        ["RectificationReported"] = typeof(RectificationReported),
        ["RectificationReturned"] = typeof(RectificationReturned),
        ["RectificationClosed"] = typeof(RectificationClosed),
        ["RectificationDueMoved"] = typeof(RectificationDueMoved),
        ["SlotDueMoved"] = typeof(SlotDueMoved),

        // 述责述廉 (issue 19): a leader's yearly report, each step an event of the leader's stream.
        ["AccountabilityDrafted"] = typeof(AccountabilityDrafted),
        ["AccountabilitySaved"] = typeof(AccountabilitySaved),
        ["AccountabilitySubmitted"] = typeof(AccountabilitySubmitted),
        ["AccountabilityReturned"] = typeof(AccountabilityReturned),
        ["AccountabilityAccepted"] = typeof(AccountabilityAccepted),
    });

    /// <summary>"leader/{brigadeId}/{leaderId}" or "unit/{brigadeId}/{unitId}".</summary>
    public static string Stream(DutyHolder holder) =>
        $"{(holder.Kind == DutyHolderKind.Leader ? "leader" : "unit")}/{holder.BrigadeId}/{holder.Id}";
}

[GenerateSerializer, Alias("Responsibility.DutyRecorded")]
public sealed record DutyRecorded(DutyRecord Record) : DutyHolderEvent;

/// <summary>A 责任书 signed; a later signing of the same pledge (a better scan, a corrected date) stands instead.</summary>
[GenerateSerializer, Alias("Responsibility.PledgeSigned")]
public sealed record PledgeSigned(PledgeSignature Signature) : DutyHolderEvent;

/// <summary>A row of a unit's 廉政风险点 register put; <see cref="Before"/> is what it was (null: new).</summary>
[GenerateSerializer, Alias("Responsibility.RiskPut")]
public sealed record RiskPut(RiskRow? Before, RiskRow Row) : DutyHolderEvent;

/// <summary>A 整改 item of the unit opened by its inspection, with no steps yet (<see cref="Rectification.RepeatOf"/> set here).</summary>
[GenerateSerializer, Alias("Responsibility.RectificationOpened")]
public sealed record RectificationOpened(Rectification Item) : DutyHolderEvent;

/// <summary>整改情况 with the evidence files it attached, named as they were when attached.</summary>
[GenerateSerializer, Alias("Responsibility.RectificationReported")]
public sealed record RectificationReported(string RectificationId, string Text, AttachedFile[] Attachments) : DutyHolderEvent;

/// <summary>退回: the report does not stand, a new one is due.</summary>
[GenerateSerializer, Alias("Responsibility.RectificationReturned")]
public sealed record RectificationReturned(string RectificationId, string Reason) : DutyHolderEvent;

/// <summary>销号.</summary>
[GenerateSerializer, Alias("Responsibility.RectificationClosed")]
public sealed record RectificationClosed(string RectificationId) : DutyHolderEvent;

/// <summary>The item's current due date moved by a granted extension; its original date stays.</summary>
[GenerateSerializer, Alias("Responsibility.RectificationDueMoved")]
public sealed record RectificationDueMoved(string RectificationId, string ExtensionId, DateOnly Due) : DutyHolderEvent;

/// <summary>A slot's due date moved by a granted extension; the 清单 keeps the period's date as the original.</summary>
[GenerateSerializer, Alias("Responsibility.SlotDueMoved")]
public sealed record SlotDueMoved(SlotDueMove Move) : DutyHolderEvent;

/// <summary>
/// A 述责述廉报告 drafted from the data (its first version) or drafted again (a later one): the name and post it is drafted
/// under, the day the figures stand at, the figures and the three drafted parts; the 廉洁自律 text is the leader's (kept).
/// </summary>
[GenerateSerializer, Alias("Responsibility.AccountabilityDrafted")]
public sealed record AccountabilityDrafted(
    int Year, string LeaderName, string LeaderPost, DateOnly AsOf, AccountabilityFigures Figures, AccountabilitySections Sections) : DutyHolderEvent;

/// <summary>The leader's text saved: a new version with the parts as they now read.</summary>
[GenerateSerializer, Alias("Responsibility.AccountabilitySaved")]
public sealed record AccountabilitySaved(int Year, AccountabilitySections Sections) : DutyHolderEvent;

[GenerateSerializer, Alias("Responsibility.AccountabilitySubmitted")]
public sealed record AccountabilitySubmitted(int Year) : DutyHolderEvent;

[GenerateSerializer, Alias("Responsibility.AccountabilityReturned")]
public sealed record AccountabilityReturned(int Year, string Note) : DutyHolderEvent;

[GenerateSerializer, Alias("Responsibility.AccountabilityAccepted")]
public sealed record AccountabilityAccepted(int Year) : DutyHolderEvent;
