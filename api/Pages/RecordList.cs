namespace Responsibility.Api.Pages;

using Responsibility.Api.Duties;

/// <summary>履责纪实 records for the records partial: <see cref="SlotName"/> names the slots each fulfilled.</summary>
public sealed record RecordList(IReadOnlyList<DutyRecordResponse> Records, Func<string, string> SlotName, string Empty, bool ShowHolder = false);
