namespace Responsibility.Api.Pages;

using Responsibility.Api.Duties;
using Responsibility.Grains.Abstractions.Duties;
using Responsibility.Grains.Abstractions.Tasks;
using Responsibility.Reports.Ledger;

/// <summary>The 清单 item form: a new item when <see cref="ItemId"/> is empty, else the item it names.</summary>
public sealed class DutyItemInput
{
    public string? ItemId { get; set; }

    public string? Section { get; set; }

    public string? Title { get; set; }

    public string? Requirement { get; set; }

    public DutyLine? DutyLine { get; set; }

    public Cadence? Cadence { get; set; }

    public DateOnly? DueDate { get; set; }

    public string? Evidence { get; set; }

    public bool AllLeaders { get; set; }

    public string[] LeaderIds { get; set; } = [];

    public string[] UnitIds { get; set; } = [];

    /// <summary>Codes of the year's tasks hung under the item, separated as names are (、，；).</summary>
    public string? Tasks { get; set; }

    public static DutyItemInput From(DutyItem item, IReadOnlyDictionary<string, string> taskCodes) => new()
    {
        Tasks = DutyNotation.Names(item.TaskIds.Select(id => taskCodes.GetValueOrDefault(id, id))),
        ItemId = item.Id, Section = item.Section, Title = item.Title, Requirement = item.Requirement, DutyLine = item.DutyLine,
        Cadence = item.Cadence, DueDate = item.DueDate, Evidence = item.Evidence, AllLeaders = item.Assignees.AllLeaders,
        LeaderIds = item.Assignees.LeaderIds, UnitIds = item.Assignees.UnitIds,
    };

    /// <summary>
    /// The tasks named in <see cref="Tasks"/> among the year's (<paramref name="taskIds"/>: code to id, codes normalised as
    /// everywhere), or the first code the year has no task for.
    /// </summary>
    public (string[] Ids, string? Unknown) TaskIds(IReadOnlyDictionary<string, string> taskIds)
    {
        var codes = DutyNotation.ReadNames(Tasks).Select(TaskCodes.Normalise).ToArray();
        var unknown = codes.FirstOrDefault(c => !taskIds.ContainsKey(c));
        return (unknown is null ? [.. codes.Select(c => taskIds[c]).Distinct()] : [], unknown);
    }

    /// <summary>The request the API takes, with the tasks resolved by <see cref="TaskIds"/>.</summary>
    public PutDutyItem ToRequest(string[] taskIds) => new(
        Section, Title, Requirement, DutyLine, Cadence, Cadence == Grains.Abstractions.Duties.Cadence.Once ? DueDate : null, Evidence,
        new DutyAssignees(AllLeaders, LeaderIds, UnitIds), taskIds);
}
