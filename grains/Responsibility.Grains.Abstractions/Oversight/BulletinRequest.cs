namespace Responsibility.Grains.Abstractions.Oversight;

/// <summary>
/// What a 通报 is drafted from: its kind, and for a 情况通报 the inspection of the brigade it reports; a title given
/// replaces the one written from the data. A 支队's (<see cref="DetachmentId"/>, <see cref="BrigadeId"/> then
/// <see cref="Bulletin.NoBrigade"/>) is written from its brigades' figures and its 督办.
/// </summary>
[GenerateSerializer, Immutable, Alias("Responsibility.BulletinRequest")]
public sealed record BulletinRequest(string BrigadeId, BulletinKind Kind, string? Title, string? InspectionId, string? DetachmentId = null);
