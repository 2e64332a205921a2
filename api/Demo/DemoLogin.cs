namespace Responsibility.Api.Demo;

using Responsibility.Grains.Abstractions.Accounts;

/// <summary>A demo account; <see cref="Title"/> (单位或职务) only labels it in the printed table.</summary>
internal sealed record DemoLogin(string Username, Role Role, string DisplayName, string Title, string? UnitId, string? LeaderId)
{
    public UserAccount ToAccount(string passwordHash) =>
        new(Username, DisplayName, passwordHash, Role, DemoOrganisation.BrigadeId, UnitId, LeaderId);
}
