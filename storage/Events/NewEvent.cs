namespace Responsibility.Storage.Events;

/// <summary>An event to append: its kind (e.g. <c>ProgressReported</c>), JSON payload, who did it and when.</summary>
public sealed record NewEvent(string Kind, string Payload, string Actor, DateTimeOffset RecordedAt);
