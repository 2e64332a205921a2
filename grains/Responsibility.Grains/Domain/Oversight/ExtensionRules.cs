namespace Responsibility.Grains.Domain.Oversight;

using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Oversight;

/// <summary>What a 延期申请 must be, and who decides it (SPEC §3); decided by the extension grain.</summary>
public static class ExtensionRules
{
    /// <summary>A first extension of at most this many days goes to the supervising leader; a longer one to the brigade's leaders.</summary>
    public const int LeaderDays = 30;

    public const int MaxReason = 1000;

    public const int MaxProgress = 2000;

    public const int MaxNote = 1000;

    /// <summary>
    /// The supervising leader (<paramref name="supervisingLeaderId"/>) for a first extension of at most 30 days; the
    /// brigade's leaders for a second, a longer one, or a target nobody supervises.
    /// </summary>
    public static ExtensionApprover Approver(int ordinal, DateOnly currentDue, DateOnly proposedDue, string? supervisingLeaderId) =>
        ordinal == 1 && proposedDue.DayNumber - currentDue.DayNumber <= LeaderDays && supervisingLeaderId is not null
            ? new ExtensionApprover(supervisingLeaderId)
            : new ExtensionApprover(null);

    /// <summary>
    /// A request before (or on) the current due date, or a leader's new date once it has passed; the reason and texts
    /// bounded; a date after the current one and at most a year out.
    /// </summary>
    public static void Check(ExtensionDraft draft, Deadline deadline, bool setByLeader, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(draft.Reason))
        {
            throw DomainException.Invalid("reason", "请填写申请延期的理由。");
        }

        Bounded("reason", draft.Reason, MaxReason);
        Bounded("progress", draft.Progress, MaxProgress);
        if (!setByLeader && today > deadline.Due)
        {
            throw DomainException.Invalid("target", $"已过当前时限 {deadline.Due:yyyy-MM-dd}，不能再申请延期；只能由领导设定新的时限。");
        }

        CheckDue("proposedDue", draft.ProposedDue, deadline, today);
    }

    /// <summary>A new due date after the current one, at most a year from today.</summary>
    public static void CheckDue(string field, DateOnly due, Deadline deadline, DateOnly today)
    {
        if (due <= deadline.Due)
        {
            throw DomainException.Invalid(field, $"延期后的时限须晚于当前时限 {deadline.Due:yyyy-MM-dd}。");
        }

        if (due > today.AddYears(1))
        {
            throw DomainException.Invalid(field, "延期后的时限最多在一年以内。");
        }
    }

    public static void Bounded(string field, string? text, int max)
    {
        if (text is not null && text.Length > max)
        {
            throw DomainException.Invalid(field, $"最多 {max} 个字。");
        }
    }
}
