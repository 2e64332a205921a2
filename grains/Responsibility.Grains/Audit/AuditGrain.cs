namespace Responsibility.Grains.Audit;

using Orleans.Concurrency;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Audit;
using Responsibility.Grains.Domain;
using Responsibility.Grains.Inbox;
using Responsibility.Grains.Supervision;
using Responsibility.Grains.Tasks;
using Responsibility.Storage.Events;

/// <summary>
/// Reads the audit trail straight from the log. A stateless worker: a query waits on the database, not on the brigade,
/// and several pages may be read at once.
/// </summary>
[StatelessWorker]
public sealed class AuditGrain(IEventStore events) : Grain, IAuditGrain
{
    public async Task<AuditPage> Read(AuditFilter filter)
    {
        var brigadeId = this.GetPrimaryKeyString();
        var brigade = GrainFactory.GetGrain<IBrigadeGrain>(brigadeId);
        var info = await brigade.GetInfo();
        var zone = BrigadeClock.Zone(info.Settings.TimeZone);
        var rows = await events.SearchAsync(new EventQuery(
            brigadeId,
            filter.Limit + 1,
            filter.From is { } from ? StartOf(from, zone) : null,
            filter.To is { } to ? StartOf(to.AddDays(1), zone) : null,
            filter.Actor,
            filter.TaskId is { } taskId ? TaskEvent.Stream(taskId) : null,
            filter.Kind,
            filter.Before));
        var page = rows.Take(filter.Limit).ToList();
        var supervision = GrainFactory.GetGrain<ISupervisionGrain>(brigadeId);
        var instructions = (await supervision.GetInstructions([.. Ids(page, InstructionEvent.Stream(""))]))
            .ToDictionary(i => i.Definition.Id, StringComparer.Ordinal);
        var meetings = (await supervision.ListMeetings()).ToDictionary(m => m.Definition.Id, StringComparer.Ordinal);
        // Tasks are named for their own events, for instructions on them and for 催报 (all of a page's tasks at once).
        var taskIds = Ids(page, TaskEvent.Stream(""))
            .Concat(instructions.Values.Select(i => i.Definition.TaskId).OfType<string>())
            .Concat(page.Where(r => r.Kind == "ReportingUrged").SelectMany(r => ((ReportingUrged)DeadlineEvent.Codec.Decode(r)).TaskIds))
            .Distinct().ToArray();
        var definitions = (await brigade.GetDefinitions(taskIds)).ToDictionary(d => d.Id, StringComparer.Ordinal);
        var describer = new AuditDescriber(info, definitions, new SupervisionDescriber(info, definitions, instructions, meetings));
        return new AuditPage([.. page.Select(describer.Describe)], rows.Count > filter.Limit ? page[^1].Position : null);
    }

    private static IEnumerable<string> Ids(IEnumerable<StoredEvent> rows, string prefix) => rows
        .Select(r => r.StreamId).Where(s => s.StartsWith(prefix, StringComparison.Ordinal)).Select(s => s[prefix.Length..]).Distinct();

    private static DateTimeOffset StartOf(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
