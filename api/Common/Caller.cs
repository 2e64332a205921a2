namespace Responsibility.Api.Common;

using System.Text.Json.Serialization;
using Responsibility.Grains.Abstractions.Accounts;

/// <summary>
/// The signed-in user as the account stands now (not as the token remembers it). A detachment account is
/// <see cref="Detachment"/>'s at its own level; on a route of one of its brigades it reads that brigade as a
/// BrigadeLeader or a Viewer would (<see cref="ReadingBrigade"/>), and writes nothing there (<see cref="ReadOnly"/>).
/// </summary>
public sealed record Caller(
    string Username, string DisplayName, Role Role, string? BrigadeId, string? UnitId, string? LeaderId,
    [property: JsonIgnore] DetachmentSeat? Detachment = null)
{
    /// <summary>The 支队 of a detachment account (GET /me shows it with the account's own role).</summary>
    public string? DetachmentId => Detachment?.DetachmentId;

    public bool IsSystemAdmin => Role == Role.Admin && BrigadeId is null && Detachment is null;

    /// <summary>A detachment account reading one of its brigades: GET only.</summary>
    [JsonIgnore]
    public bool ReadOnly => Detachment is not null && BrigadeId is not null;

    /// <summary>A detachment account at its own level (a route that names no brigade of its).</summary>
    [JsonIgnore]
    public bool AtDetachment => Detachment is not null && BrigadeId is null;

    public static Caller From(UserAccount account) => account.Role.IsDetachmentRole() && account.DetachmentId is { } detachmentId
        ? new(account.Username, account.DisplayName, account.Role, null, null, null, new DetachmentSeat(detachmentId, account.Role))
        : new(account.Username, account.DisplayName, account.Role, account.BrigadeId, account.UnitId, account.LeaderId);

    /// <summary>The detachment account as a reader of <paramref name="brigadeId"/>, one of its brigades (SPEC §3).</summary>
    public Caller ReadingBrigade(string brigadeId) => this with
    {
        BrigadeId = brigadeId,
        Role = Detachment!.Role == Role.DetachmentViewer ? Role.Viewer : Role.BrigadeLeader,
    };
}

/// <summary>The detachment a detachment account belongs to, and its role there.</summary>
public sealed record DetachmentSeat(string DetachmentId, Role Role);
