namespace Responsibility.Grains.Abstractions.Accounts;

/// <summary>
/// Where an account stands now, without its secrets: what decides what it may do (SPEC §3: authority follows the
/// account's current role and scope, never its username alone).
/// </summary>
[GenerateSerializer, Immutable, Alias("Responsibility.AccountStanding")]
public sealed record AccountStanding(
    string Username, string DisplayName, Role Role, string? UnitId, string? LeaderId, bool Disabled)
{
    public static AccountStanding Of(UserAccount account) => new(
        account.Username, account.DisplayName, account.Role, account.UnitId, account.LeaderId, account.Disabled);
}
