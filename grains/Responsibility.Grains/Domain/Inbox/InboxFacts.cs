namespace Responsibility.Grains.Domain.Inbox;

using Responsibility.Grains.Abstractions.Accounts;
using Responsibility.Grains.Abstractions.Inbox;
using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Supervision;
using Responsibility.Grains.Abstractions.Tasks;

/// <summary>
/// What an inbox is composed from, read at one moment: the brigade, its tasks of the year, its instructions, and where
/// its accounts stand (to know who is expected to close an answered instruction; empty when none waits for it).
/// </summary>
public sealed record InboxFacts(
    BrigadeInfo Brigade,
    DateOnly Today,
    ReportingPeriod Period,
    IReadOnlyList<JudgedTask> Tasks,
    IReadOnlyList<InstructionView> Instructions,
    IReadOnlyList<ReturnedEntry> Returned,
    IReadOnlyList<AccountStanding> Accounts);
