namespace Responsibility.Grains.Domain.Inbox;

using Responsibility.Grains.Abstractions.Accounts;
using Responsibility.Grains.Abstractions.Duties;
using Responsibility.Grains.Abstractions.Inbox;
using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Oversight;
using Responsibility.Grains.Abstractions.Supervision;
using Responsibility.Grains.Abstractions.Tasks;

/// <summary>
/// What an inbox is composed from, read at one moment: the brigade, its tasks of the year, its instructions, and where
/// its accounts stand (to know who is expected to close an answered instruction; empty when none waits for it), and
/// for an inbox the reader's duty slots.
/// </summary>
public sealed record InboxFacts(
    BrigadeInfo Brigade,
    DateOnly Today,
    ReportingPeriod Period,
    IReadOnlyList<JudgedTask> Tasks,
    IReadOnlyList<InstructionView> Instructions,
    IReadOnlyList<ReturnedEntry> Returned,
    IReadOnlyList<AccountStanding> Accounts)
{
    /// <summary>The reader's own 清单 of this year (and of last year early in January), judged today; empty for the deadlines.</summary>
    public IReadOnlyList<DutySheet> Duties { get; init; } = [];

    /// <summary>The brigade's 整改 items not closed, for an inbox; empty for the deadlines.</summary>
    public IReadOnlyList<Rectification> Rectifications { get; init; } = [];

    /// <summary>The inspections those items came from (their inspectors check a report), by id.</summary>
    public IReadOnlyDictionary<string, Inspection> Inspections { get; init; } = new Dictionary<string, Inspection>();
    /// <summary>The brigade's extension requests waiting for a decision; empty for a reader who decides none.</summary>
    public IReadOnlyList<Abstractions.Oversight.ExtensionRequest> PendingExtensions { get; init; } = [];

    /// <summary>述责述廉报告 submitted or returned, by leader: for a leader their own, for a BrigadeLeader every leader's.</summary>
    public IReadOnlyList<(string LeaderId, Abstractions.Appraisal.AccountabilityReportInfo Report)> AccountabilityReports { get; init; } = [];
    /// <summary>For the 第一责任人: the closed 民主测评 with a leader below the threshold, and their own 谈话 since.</summary>
    public IReadOnlyList<MeetingRecord> RatedMeetings { get; init; } = [];

    public IReadOnlyList<DutyRecord> OwnTalks { get; init; } = [];

    /// <summary>For the Admin: the brigade's instances of 支队 templates (支队交办), assigned or waiting.</summary>
    public IReadOnlyList<Abstractions.Detachments.TemplateInstanceState> TemplateInstances { get; init; } = [];

    /// <summary>For the Admin: the 清单 items of the period's year handed down by a 支队, with holders or waiting.</summary>
    public IReadOnlyList<Abstractions.Detachments.TemplateItemState> TemplateItems { get; init; } = [];
}
