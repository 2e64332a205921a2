namespace Responsibility.Grains.Abstractions;

using Responsibility.Grains.Abstractions.Oversight;

/// <summary>
/// A brigade's 督责台账: its inspections, 整改 items, extension requests and 通报 as they stand, kept live by the grains that
/// own them (each tells it after every change, before answering its caller) and rebuilt from the log on activation.
/// Keyed by the brigade id. Lists and the inbox read from here.
/// </summary>
public interface IOversightGrain : IGrainWithStringKey
{
    Task OnInspectionChanged(Inspection inspection);

    Task OnRectificationChanged(Rectification rectification);

    Task OnExtensionChanged(ExtensionRequest extension);

    Task OnBulletinChanged(Bulletin bulletin);

    /// <summary>The inspection; null when the brigade has none under this id (asking activates nothing else).</summary>
    Task<Inspection?> FindInspection(string inspectionId);

    /// <summary>The 整改 item; null when the brigade has none under this id.</summary>
    Task<Rectification?> FindRectification(string rectificationId);

    /// <summary>The inspections of a year (null: all), latest first.</summary>
    Task<Inspection[]> ListInspections(int? year);

    /// <summary>The 整改 items matching the filter, judged today, oldest inspection first.</summary>
    Task<Rectification[]> ListRectifications(RectificationFilter filter);

    /// <summary>The extension requests of the brigade, newest first.</summary>
    Task<ExtensionRequest[]> ListExtensions();

    /// <summary>The 通报 of a year (null: all): issued ones by number, then drafts, newest first.</summary>
    Task<Bulletin[]> ListBulletins(int? year);
}
