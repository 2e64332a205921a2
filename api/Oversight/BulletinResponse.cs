namespace Responsibility.Api.Oversight;

using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Oversight;

/// <summary>
/// A 通报 as the API shows it: <see cref="Number"/> is its 期号 once issued (〔2026〕第3期), <see cref="Sequence"/> the number
/// alone; <see cref="Body"/> plain text, one paragraph a line, a line "一、…" or "（一）…" a heading. A 支队通报 has
/// <see cref="DetachmentId"/> (its issuer and numbering series), an empty <see cref="BrigadeId"/>, no units, and names
/// brigades (<see cref="Brigades"/>).
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
    int Version,
    string? DetachmentId = null,
    string? DetachmentName = null,
    BulletinBrigade[]? Brigades = null);

public enum BulletinStatus
{
    Draft,
    Issued,
}

/// <summary>A unit the 通报 names.</summary>
public sealed record BulletinUnit(string Id, string Name);

/// <summary>A brigade a 支队通报 names.</summary>
public sealed record BulletinBrigade(string Id, string Name);

internal sealed class BulletinResponses(IGrainFactory grains)
{
    /// <summary>A brigade's 通报 and the 支队通报 it reads (each named as its issuer names it).</summary>
    public async Task<BulletinResponse[]> Mixed(string brigadeId, IReadOnlyList<Bulletin> bulletins)
    {
        var own = await From(brigadeId, [.. bulletins.Where(b => b.DetachmentId is null)]);
        var detachments = new List<BulletinResponse>();
        foreach (var group in bulletins.Where(b => b.DetachmentId is not null).GroupBy(b => b.DetachmentId!))
        {
            detachments.AddRange(await OfDetachment(group.Key, [.. group]));
        }

        var byId = own.Concat(detachments).ToDictionary(b => b.Id, StringComparer.Ordinal);
        return [.. bulletins.Select(b => byId[b.Id])];
    }

    /// <summary>A 支队's 通报: its brigades and its people named as the detachment names them.</summary>
    public async Task<BulletinResponse[]> OfDetachment(string detachmentId, IReadOnlyList<Bulletin> bulletins)
    {
        var info = await grains.GetGrain<IDetachmentGrain>(detachmentId).GetInfo();
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var user in bulletins.Select(b => b.DraftedBy).Concat(bulletins.Select(b => b.IssuedBy).OfType<string>()).Distinct())
        {
            if (await grains.GetGrain<IUserGrain>(user).Get() is { } account)
            {
                names[user] = account.DisplayName;
            }
        }

        return [.. bulletins.Select(b => new BulletinResponse(
            b.Id, b.BrigadeId, b.Year, b.Kind, b.IsIssued ? BulletinStatus.Issued : BulletinStatus.Draft, b.NumberText, b.Number, b.Title, b.Body,
            null, [], b.DraftedBy, names.GetValueOrDefault(b.DraftedBy, b.DraftedBy), b.DraftedAt, b.IssuedOn, b.IssuedBy,
            b.IssuedBy is { } by ? names.GetValueOrDefault(by, by) : null, b.Version, detachmentId, info.Settings.Name,
            [.. b.NamedBrigades.Select(id => new BulletinBrigade(id, Array.Find(info.Brigades, x => x.BrigadeId == id)?.Name ?? id))]))];
    }

    public async Task<BulletinResponse[]> From(string brigadeId, IReadOnlyList<Bulletin> bulletins)
    {
        if (bulletins.Count == 0)
        {
            return [];
        }

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
