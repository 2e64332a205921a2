namespace Responsibility.Api.Pages;

using Mediator;
using Responsibility.Api.Brigades;
using Responsibility.Api.Progress;
using Responsibility.Api.Tasks;

/// <summary>
/// An entry returned (被退回) on one of a unit's tasks, with the display names of who reported and who returned it, and
/// when the task was reported again after the return (null while it has not been).
/// </summary>
public sealed record ReturnedEntry(TaskResponse Task, EntryResponse Entry, string ReportedBy, string ReturnedBy, DateTimeOffset? ReportedAgainAt = null)
{
    /// <summary>The returned entries among those the caller may read, newest return first.</summary>
    public static async Task<ReturnedEntry[]> Of(ISender sender, string brigadeId, IEnumerable<TaskEntries> tasks)
    {
        var returned = tasks.SelectMany(t => (t.Entries ?? []).Where(e => e.Returned).Select(e => (t.Task, Entry: e))).ToArray();
        if (returned.Length == 0)
        {
            return [];
        }

        var people = returned.SelectMany(r => new[] { r.Entry.ReportedBy, r.Entry.ReturnedBy }).OfType<string>().ToArray();
        var names = await sender.Send(new GetDisplayNames(brigadeId, people));
        return returned
            .OrderByDescending(r => r.Entry.ReturnedAt)
            .Select(r => new ReturnedEntry(
                r.Task, r.Entry, names.Of(r.Entry.ReportedBy), names.Of(r.Entry.ReturnedBy),
                ReportedAgain(r.Entry, tasks.First(t => t.Task.Id == r.Task.Id).Entries ?? [])))
            .ToArray();
    }

    /// <summary>The first entry of the task that still counts and was recorded after <paramref name="returned"/> was returned.</summary>
    public static DateTimeOffset? ReportedAgain(EntryResponse returned, IEnumerable<EntryResponse> entries) => entries
        .Where(e => !e.Returned && e.RecordedAt > returned.ReturnedAt)
        .Select(e => (DateTimeOffset?)e.RecordedAt)
        .Min();
}
