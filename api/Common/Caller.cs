namespace Responsibility.Api.Common;

using Responsibility.Grains.Abstractions.Accounts;

/// <summary>The signed-in user as the account stands now (not as the token remembers it).</summary>
public sealed record Caller(string Username, string DisplayName, Role Role, string? BrigadeId, string? UnitId, string? LeaderId)
{
    public bool IsSystemAdmin => Role == Role.Admin && BrigadeId is null;

    public static Caller From(UserAccount account) => new(
        account.Username, account.DisplayName, account.Role, account.BrigadeId, account.UnitId, account.LeaderId);
}
