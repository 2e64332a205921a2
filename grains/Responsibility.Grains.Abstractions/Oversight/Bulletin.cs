namespace Responsibility.Grains.Abstractions.Oversight;

/// <summary>通报: 情况通报 (an inspection's findings and requirements), 表扬, 批评.</summary>
public enum BulletinKind
{
    Situation = 0,
    Commendation = 1,
    Criticism = 2,
}

/// <summary>
/// A 通报 as it stands: a draft written from the data and edited, then issued under its number of the brigade's year
/// (〔2026〕第N期) and frozen: an issued one never changes, a correction is a new one. <see cref="Body"/> is plain text,
/// paragraphs separated by blank lines; <see cref="UnitIds"/> the units it names. A 支队's 通报 (issue 20) is issued by
/// <see cref="DetachmentId"/> under the detachment's own numbers and names brigades (<see cref="BrigadeIds"/>) instead of
/// units; its <see cref="BrigadeId"/> is <see cref="NoBrigade"/>. Both added later, null before.
/// </summary>
[GenerateSerializer, Immutable, Alias("Responsibility.Bulletin")]
public sealed record Bulletin(
    string Id,
    string BrigadeId,
    int Year,
    BulletinKind Kind,
    string Title,
    string Body,
    string? InspectionId,
    string[] UnitIds,
    string DraftedBy,
    DateTimeOffset DraftedAt,
    int? Number,
    DateOnly? IssuedOn,
    string? IssuedBy,
    DateTimeOffset? IssuedAt,
    int Version,
    string? DetachmentId = null,
    string[]? BrigadeIds = null)
{
    /// <summary>The <see cref="BrigadeId"/> of a detachment's 通报.</summary>
    public const string NoBrigade = "";

    public bool IsIssued => Number is not null;

    /// <summary>Who issues it and numbers it: the detachment for a 支队通报, else the brigade.</summary>
    public string IssuerId => DetachmentId is { } detachmentId ? GrainKeys.DetachmentIssuer(detachmentId) : BrigadeId;

    /// <summary>The brigades a 支队通报 names (none for a brigade's).</summary>
    public string[] NamedBrigades => BrigadeIds ?? [];

    /// <summary>〔2026〕第3期, once issued.</summary>
    public string? NumberText => Number is { } n ? $"〔{Year}〕第{n}期" : null;
}
