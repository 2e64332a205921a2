namespace Responsibility.Api.Oversight;

using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Oversight;

/// <summary>
/// A 通报 as the API shows it: <see cref="Number"/> is its 期号 once issued (〔2026〕第3期), <see cref="Sequence"/> the number
/// alone; <see cref="Body"/> plain text, one paragraph a line, a line "一、…" or "（一）…" a heading.
/// </summary>
public sealed record BulletinResponse(
    string Id,
    string BrigadeId,
    int Year,
    BulletinKind Kind,
    BulletinStatus State,
    string? Number,
    int? Sequence,
    string Title,
    string Body,
    string? InspectionId,
    BulletinUnit[] Units,
    string DraftedBy,
    string DraftedByName,
    DateTimeOffset DraftedAt,
    DateOnly? IssuedOn,
    string? IssuedBy,
    string? IssuedByName,
    int Version);

public enum BulletinStatus
{
    Draft,
    Issued,
}

/// <summary>A unit the 通报 names.</summary>
public sealed record BulletinUnit(string Id, string Name);

internal sealed class BulletinResponses(IGrainFactory grains)
{
    public async Task<BulletinResponse[]> From(string brigadeId, IReadOnlyList<Bulletin> bulletins)
    {
        var info = await grains.GetGrain<IBrigadeGrain>(brigadeId).GetInfo();
        var users = bulletins.Select(b => b.DraftedBy).Concat(bulletins.Select(b => b.IssuedBy).OfType<string>()).Distinct().ToArray();
        var names = users.Length == 0 ? new Dictionary<string, string>() : await grains.GetGrain<IAccountDirectoryGrain>(brigadeId).DisplayNames(users);
        return [.. bulletins.Select(b => new BulletinResponse(
            b.Id, b.BrigadeId, b.Year, b.Kind, b.IsIssued ? BulletinStatus.Issued : BulletinStatus.Draft, b.NumberText, b.Number, b.Title, b.Body,
            b.InspectionId, [.. b.UnitIds.Select(u => new BulletinUnit(u, Array.Find(info.Units, x => x.Id == u)?.Name ?? u))],
            b.DraftedBy, names.GetValueOrDefault(b.DraftedBy, b.DraftedBy), b.DraftedAt, b.IssuedOn, b.IssuedBy,
            b.IssuedBy is { } by ? names.GetValueOrDefault(by, by) : null, b.Version))];
    }
}
