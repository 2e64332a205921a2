namespace Responsibility.Grains.Inbox;

using Microsoft.Extensions.DependencyInjection;
using Orleans.Concurrency;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Accounts;
using Responsibility.Grains.Abstractions.Duties;
using Responsibility.Grains.Abstractions.Inbox;
using Responsibility.Grains.Abstractions.Oversight;
using Responsibility.Grains.Abstractions.Supervision;
using Responsibility.Grains.Domain;
using Responsibility.Grains.Domain.Inbox;

/// <summary>
/// Composes an inbox from the brigade's live rollups and 督办台账. A stateless worker: it holds nothing, and several
/// people's inboxes may be read at once.
/// </summary>
[StatelessWorker]
public sealed class InboxGrain([FromKeyedServices(DomainClock.Key)] TimeProvider time) : Grain, IInboxGrain
{
    public async Task<InboxContents> For(InboxReader reader)
    {
        var facts = await Facts(GrainFactory, this.GetPrimaryKeyString(), time, reader.Role == Role.UnitHead ? reader.UnitId : null);
        facts = facts with
        {
            Duties = await Duties(GrainFactory, reader, facts),
            PendingExtensions = reader.Role is Role.Leader or Role.BrigadeLeader
                ? [.. (await GrainFactory.GetGrain<IOversightGrain>(facts.Brigade.Id).ListExtensions()).Where(e => e.State == ExtensionState.Pending)]
                : [],
            AccountabilityReports = await AccountabilityReports(GrainFactory, reader, facts),
        };
        if (reader.Role is Role.UnitHead or Role.Leader or Role.BrigadeLeader)
        {
            var oversight = GrainFactory.GetGrain<IOversightGrain>(facts.Brigade.Id);
            var open = (await oversight.ListRectifications(new RectificationFilter())).Where(r => r.State != RectificationState.Closed).ToArray();
            var inspections = open.Any(r => r.State == RectificationState.Reported)
                ? (await oversight.ListInspections(null)).ToDictionary(i => i.Id, StringComparer.Ordinal)
                : new Dictionary<string, Inspection>();
            facts = facts with { Rectifications = open, Inspections = inspections };
        }

        if (reader.Role == Role.Admin)
        {
            facts = facts with
            {
                TemplateInstances = await GrainFactory.GetGrain<IBrigadeGrain>(facts.Brigade.Id).GetTemplateInstances(),
                TemplateItems = await GrainFactory.GetGrain<IDutyListGrain>(GrainKeys.DutyList(facts.Brigade.Id, facts.Today.Year)).GetTemplateItems(),
            };
        }

        if (reader.LeaderId is { } leaderId && Array.Find(facts.Brigade.Leaders, l => l.Id == leaderId) is { IsFirstResponsible: true })
        {
            facts = await WithRatings(GrainFactory, facts, leaderId);
        }

        return new InboxContents(facts.Today, facts.Period, InboxRules.Compose(reader, facts));
    }

    /// <summary>The closed 民主测评 with someone below the threshold, and the 第一责任人's 谈话 from the first such meeting's year on.</summary>
    private static async Task<InboxFacts> WithRatings(IGrainFactory grains, InboxFacts facts, string leaderId)
    {
        var rated = (await grains.GetGrain<ISupervisionGrain>(facts.Brigade.Id).ListMeetings())
            .Where(m => m.Ratings?.Leaders.Any(l => l.BelowThreshold) == true).ToArray();
        if (rated.Length == 0)
        {
            return facts;
        }

        var talks = new List<DutyRecord>();
        var leader = grains.GetGrain<ILeaderGrain>(GrainKeys.Leader(facts.Brigade.Id, leaderId));
        for (var year = rated.Min(m => m.Definition.Date.Year); year <= facts.Today.Year; year++)
        {
            talks.AddRange((await leader.GetRecords(year)).Where(r => r.Kind == DutyRecordKind.Reminder));
        }

        return facts with { RatedMeetings = rated, OwnTalks = talks };
    }

    /// <summary>
    /// The reader's own 清单 judged today, from the leader's or unit's grain: none for a reader who holds no duties, nor for
    /// a leader or unit the brigade no longer has.
    /// </summary>
    private static async Task<IReadOnlyList<DutySheet>> Duties(IGrainFactory grains, InboxReader reader, InboxFacts facts)
    {
        if (InboxRules.DutyHolderOf(reader, facts.Brigade.Id) is not { } holder
            || !(holder.Kind == DutyHolderKind.Leader
                ? Array.Exists(facts.Brigade.Leaders, l => l.Id == holder.Id)
                : Array.Exists(facts.Brigade.Units, u => u.Id == holder.Id)))
        {
            return [];
        }

        IDutyHolderGrain grain = holder.Kind == DutyHolderKind.Leader
            ? grains.GetGrain<ILeaderGrain>(holder.Key)
            : grains.GetGrain<IUnitGrain>(holder.Key);
        var sheets = new List<DutySheet>();
        foreach (var year in InboxRules.DutyYears(facts.Today))
        {
            sheets.Add(await grain.GetDuties(year, facts.Today));
        }

        return sheets;
    }

    /// <summary>述责述廉报告 waiting on the reader: a leader's own, and for a BrigadeLeader every leader's (a handful of grains).</summary>
    private static async Task<IReadOnlyList<(string, Abstractions.Appraisal.AccountabilityReportInfo)>> AccountabilityReports(
        IGrainFactory grains, InboxReader reader, InboxFacts facts)
    {
        var leaders = reader.Role switch
        {
            Role.BrigadeLeader => facts.Brigade.Leaders.Select(l => l.Id).ToArray(),
            Role.Leader when reader.LeaderId is { } own && Array.Exists(facts.Brigade.Leaders, l => l.Id == own) => [own],
            _ => [],
        };
        var found = new List<(string, Abstractions.Appraisal.AccountabilityReportInfo)>();
        foreach (var id in leaders)
        {
            var reports = await grains.GetGrain<ILeaderGrain>(GrainKeys.Leader(facts.Brigade.Id, id)).ListAccountabilityReports();
            found.AddRange(reports
                .Where(r => r.State is Abstractions.Appraisal.AccountabilityState.Submitted or Abstractions.Appraisal.AccountabilityState.Returned)
                .Select(r => (id, r)));
        }

        return found;
    }

    /// <summary>What the inbox and the deadlines are judged from; a unit's returned entries only when <paramref name="unitId"/> is given.</summary>
    internal static async Task<InboxFacts> Facts(IGrainFactory grains, string brigadeId, TimeProvider time, string? unitId)
    {
        var brigade = grains.GetGrain<IBrigadeGrain>(brigadeId);
        var info = await brigade.GetInfo();
        var today = BrigadeClock.Today(time, info.Settings.TimeZone);
        var tasks = JudgedTask.JudgeAll(await brigade.GetSnapshots(today.Year), today.Year, today, info.Settings.Thresholds);
        var instructions = await grains.GetGrain<ISupervisionGrain>(brigadeId).ListInstructions(new InstructionFilter());
        var returned = unitId is null ? [] : await Returned(grains, tasks.Where(t => t.Definition.UnitId == unitId));
        var accounts = instructions.Any(v => v.Status != InstructionStatus.Closed && v.Record.Answer() is not null)
            ? await grains.GetGrain<IAccountDirectoryGrain>(brigadeId).Standings()
            : [];
        return new InboxFacts(info, today, ReportingPeriods.Containing(info.Settings, today), tasks, instructions, returned, accounts);
    }

    /// <summary>Each of the unit's tasks is asked for its entries: a unit has a handful of tasks.</summary>
    private static async Task<IReadOnlyList<ReturnedEntry>> Returned(IGrainFactory grains, IEnumerable<JudgedTask> tasks)
    {
        var found = new List<ReturnedEntry>();
        foreach (var task in tasks)
        {
            var entries = await grains.GetGrain<ITaskGrain>(task.Definition.Id).GetEntries();
            found.AddRange(entries.Where(e => e.Returned).Select(e => new ReturnedEntry(
                task.Definition, e, entries.Any(later => !later.Returned && later.RecordedAt > e.Return!.ReturnedAt))));
        }

        return found;
    }
}
