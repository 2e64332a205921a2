namespace Responsibility.Grains.Abstractions.Duties;

using Responsibility.Grains.Abstractions.Attachments;

/// <summary>
/// A 党风廉政建设责任书 of one pair for a year: the 第一责任人 with each other 班子成员, and each 班子成员 with each unit
/// they supervise. It holds the items assigned to the second party (<see cref="PartyB"/>); once signed, the date and the
/// signed scan. <see cref="Id"/> is <c>{brigadeId}.{year}.{partyA}.{leader|unit}-{partyB}</c>.
/// </summary>
[GenerateSerializer, Immutable, Alias("Responsibility.Pledge")]
public sealed record Pledge(string Id, int Year, string PartyA, DutyHolder PartyB, string[] ItemIds, PledgeSignature? Signature);

/// <summary>The signing of a 责任书: the date it was signed, the scan of the signed copy, who recorded it and when.</summary>
[GenerateSerializer, Immutable, Alias("Responsibility.PledgeSignature")]
public sealed record PledgeSignature(string PledgeId, DateOnly SignedOn, AttachedFile? Scan, string RecordedBy, DateTimeOffset RecordedAt);
