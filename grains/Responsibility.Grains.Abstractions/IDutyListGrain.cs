namespace Responsibility.Grains.Abstractions;

using Responsibility.Grains.Abstractions.Duties;

/// <summary>
/// A brigade's 责任清单 for one year (明责), keyed <c>{brigadeId}/{year}</c>: its items, edited by the office. Every change
/// is an event in the log. The leaders and units that hold the items answer for their slots and records.
/// </summary>
public interface IDutyListGrain : IGrainWithStringKey
{
    Task<DutyItem[]> List();

    /// <summary>
    /// Creates or changes the item with the id of <paramref name="item"/>: its assignees, tasks and dates must be the
    /// brigade's and its year's (<see cref="ErrorKind.Invalid"/> naming the field).
    /// </summary>
    Task<DutyItem> Put(DutyItem item, string actor);

    /// <summary>Removes an item nobody has recorded anything against; once a slot of it is recorded, <see cref="ErrorKind.Conflict"/>.</summary>
    Task Remove(string itemId, string actor);

    /// <summary>
    /// Puts every item of a sheet at once, or none: the first item refused is answered with its row
    /// (<see cref="DomainException.Field"/> <c>items[n].field</c>). Items not on the sheet are left as they are.
    /// </summary>
    Task<DutyItem[]> Import(DutyItem[] items, string actor);

    /// <summary>
    /// Copies the list of <paramref name="fromYear"/> into this year, dates moved by the years between, tasks left out;
    /// <see cref="ErrorKind.Conflict"/> when this year already has items.
    /// </summary>
    Task<DutyItem[]> CopyFrom(int fromYear, string actor);

    /// <summary>
    /// The year's 责任书, one per pair of the brigade as it is organised now, each with the items its second party holds
    /// and its signing where recorded.
    /// </summary>
    Task<Pledge[]> GetPledges();

    /// <summary>
    /// Receives a 支队 清单 item template (支队交办) at <paramref name="version"/>: creates the brigade's item once (id derived
    /// from template and brigade, no holders) or brings its fields to the version, keeping its holders and tasks; a change
    /// is noted with <paramref name="note"/> for the brigade's Admin. Returns the item's id.
    /// </summary>
    Task<string> ReceiveTemplateItem(Detachments.TemplateSource source, Detachments.TemplateDutyItem template, int version, string? note, string actor);

    /// <summary>The items handed down by a 支队 and what the 支队 last changed on each (for the Admin's inbox).</summary>
    Task<Detachments.TemplateItemState[]> GetTemplateItems();
}
