namespace Responsibility.Api.Pages;

using Responsibility.Api.Duties;
using Responsibility.Grains.Abstractions.Duties;
using Responsibility.Grains.Abstractions.Tasks;

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

    public static DutyItemInput From(DutyItem item) => new()
    {
        ItemId = item.Id, Section = item.Section, Title = item.Title, Requirement = item.Requirement, DutyLine = item.DutyLine,
        Cadence = item.Cadence, DueDate = item.DueDate, Evidence = item.Evidence, AllLeaders = item.Assignees.AllLeaders,
        LeaderIds = item.Assignees.LeaderIds, UnitIds = item.Assignees.UnitIds,
    };

    /// <summary>The request the API takes; the tasks hung under an item stay as they are (the page does not edit them).</summary>
    public PutDutyItem ToRequest(string[] taskIds) => new(
        Section, Title, Requirement, DutyLine, Cadence, Cadence == Grains.Abstractions.Duties.Cadence.Once ? DueDate : null, Evidence,
        new DutyAssignees(AllLeaders, LeaderIds, UnitIds), taskIds);
}
