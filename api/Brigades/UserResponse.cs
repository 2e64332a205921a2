namespace Responsibility.Api.Brigades;

using Responsibility.Grains.Abstractions.Accounts;

/// <summary>An account as the API shows it: never the password hash or the security stamp.</summary>
public sealed record UserResponse(
    string Username, string DisplayName, Role Role, string? BrigadeId, string? UnitId, string? LeaderId, bool Disabled,
    string? DetachmentId = null)
{
    public static UserResponse From(UserAccount a) =>
        new(a.Username, a.DisplayName, a.Role, a.BrigadeId, a.UnitId, a.LeaderId, a.Disabled, a.DetachmentId);
}
