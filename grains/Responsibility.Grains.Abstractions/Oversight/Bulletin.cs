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
/// paragraphs separated by blank lines; <see cref="UnitIds"/> the units it names.
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
    int Version)
{
    public bool IsIssued => Number is not null;

    /// <summary>〔2026〕第3期, once issued.</summary>
    public string? NumberText => Number is { } n ? $"〔{Year}〕第{n}期" : null;
}
