namespace Responsibility.Api.Pages;

using Responsibility.Api.Progress;

/// <summary>
/// 被退回: who returned an entry (by display name), when, and why, and whether the task was reported again since (已重新填报);
/// the task page and the unit page show it alike.
/// </summary>
public sealed record ReturnedNote(EntryResponse Entry, string ReturnedBy, string TimeZone, DateTimeOffset? ReportedAgainAt = null);
