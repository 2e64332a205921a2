namespace Responsibility.Reports.Layouts;

using Responsibility.Grains.Abstractions.Duties;

/// <summary>
/// What a 责任书 says, as the api reads it for the document: the brigade, the year, both parties, the items the second
/// party holds, and the signing date once recorded. <see cref="IssuedOn"/> dates a copy not yet signed.
/// </summary>
public sealed record PledgeContent(
    string BrigadeName, string PartyOrgName, int Year, PledgeSide PartyA, PledgeSide PartyB, IReadOnlyList<DutyItem> Items,
    DateOnly? SignedOn, DateOnly IssuedOn);

/// <summary>
/// One party: its post as the document names it ("大队长", "法制室负责人") and the person who signs (null when a unit has
/// no head on record); <see cref="IsUnit"/> for a base unit as second party.
/// </summary>
public sealed record PledgeSide(string Post, string? Person, bool IsUnit = false)
{
    public string Signer => Person ?? Post;

    public override string ToString() => string.Join("　", new[] { Post, Person }.Where(s => !string.IsNullOrWhiteSpace(s)));
}
