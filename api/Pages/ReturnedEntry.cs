namespace Responsibility.Api.Pages;

using Mediator;
using Responsibility.Api.Brigades;
using Responsibility.Api.Progress;
using Responsibility.Api.Tasks;

/// <summary>An entry returned (被退回) on one of a unit's tasks, with the display names of who reported and who returned it.</summary>
public sealed record ReturnedEntry(TaskResponse Task, EntryResponse Entry, string ReportedBy, string ReturnedBy)
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
            .Select(r => new ReturnedEntry(r.Task, r.Entry, names.Of(r.Entry.ReportedBy), names.Of(r.Entry.ReturnedBy)))
            .ToArray();
    }
}
