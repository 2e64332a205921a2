namespace Responsibility.Grains.Abstractions.Detachments;

/// <summary>A 支队's name and the time zone its months (月度调度通报) are counted in.</summary>
[GenerateSerializer, Immutable, Alias("Responsibility.DetachmentSettings")]
public sealed record DetachmentSettings(string Name, string TimeZone);

/// <summary>One brigade of a detachment, as the detachment lists it.</summary>
[GenerateSerializer, Immutable, Alias("Responsibility.DetachmentBrigade")]
public sealed record DetachmentBrigade(string BrigadeId, string Name, DateOnly AttachedOn);

/// <summary>A 支队 and its brigades, in the order they were attached.</summary>
[GenerateSerializer, Immutable, Alias("Responsibility.DetachmentInfo")]
public sealed record DetachmentInfo(string Id, DetachmentSettings Settings, DetachmentBrigade[] Brigades, DateOnly CreatedOn);
