namespace Responsibility.Api.Brigades;

using Responsibility.Grains.Abstractions.Accounts;

/// <summary>An account as the API shows it: never the password hash.</summary>
public sealed record UserResponse(string Username, string DisplayName, Role Role, string? BrigadeId, string? UnitId, string? LeaderId)
{
    public static UserResponse From(UserAccount a) => new(a.Username, a.DisplayName, a.Role, a.BrigadeId, a.UnitId, a.LeaderId);
}
