namespace Responsibility.Grains.Appraisal;

using Responsibility.Grains.Abstractions.Appraisal;
using Responsibility.Grains.Abstractions.Duties;
using Responsibility.Grains.Domain.Appraisal;
using Responsibility.Grains.Journal;

/// <summary>What happens to a brigade's 考核 of a year: the scheme saved or copied, scores entered, periods locked, adjustments.</summary>
[GenerateSerializer]
public abstract record AppraisalEvent : JournalEvent
{
    public static readonly EventCodec<AppraisalEvent> Codec = new(new Dictionary<string, Type>
    {
        ["AppraisalSchemeSaved"] = typeof(AppraisalSchemeSaved),
        ["AppraisalSchemeCopied"] = typeof(AppraisalSchemeCopied),
        ["AppraisalSelfEntered"] = typeof(AppraisalSelfEntered),
        ["AppraisalReviewEntered"] = typeof(AppraisalReviewEntered),
        ["AppraisalPeriodLocked"] = typeof(AppraisalPeriodLocked),
        ["AppraisalAdjusted"] = typeof(AppraisalAdjusted),
    });

    public static string Stream(string brigadeId, int year) => $"appraisal/{brigadeId}/{year:D4}";
}

/// <summary>The scheme saved whole; <see cref="Before"/> is what it was (null: the first), for the audit trail.</summary>
[GenerateSerializer, Alias("Responsibility.AppraisalSchemeSaved")]
public sealed record AppraisalSchemeSaved(AppraisalScheme? Before, AppraisalScheme Scheme) : AppraisalEvent;

[GenerateSerializer, Alias("Responsibility.AppraisalSchemeCopied")]
public sealed record AppraisalSchemeCopied(int FromYear, AppraisalScheme Scheme) : AppraisalEvent;

/// <summary>A subject's 自评分 of a period, replacing its earlier one.</summary>
[GenerateSerializer, Alias("Responsibility.AppraisalSelfEntered")]
public sealed record AppraisalSelfEntered(string Period, DutyHolder Subject, SelfScore[] Lines) : AppraisalEvent;

/// <summary>The 考核组评分 of a subject's period, replacing its earlier one.</summary>
[GenerateSerializer, Alias("Responsibility.AppraisalReviewEntered")]
public sealed record AppraisalReviewEntered(string Period, DutyHolder Subject, ReviewScore[] Lines) : AppraisalEvent;

/// <summary>A period locked, with every subject's automatic lines (points and causes) as they stood at the period's end.</summary>
[GenerateSerializer, Alias("Responsibility.AppraisalPeriodLocked")]
public sealed record AppraisalPeriodLocked(string Period, FrozenLine[] Lines, string? Key = null) : AppraisalEvent;

/// <summary>An adjustment of a locked period's line, with who and why.</summary>
[GenerateSerializer, Alias("Responsibility.AppraisalAdjusted")]
public sealed record AppraisalAdjusted(ScoreAdjustment Adjustment, string? Key = null) : AppraisalEvent;
