namespace Responsibility.Grains.Abstractions.Accounts;

/// <summary>A login. A system Admin has no brigade; everyone else belongs to exactly one.</summary>
[GenerateSerializer, Immutable, Alias("Responsibility.UserAccount")]
public sealed record UserAccount(
    string Username,
    string DisplayName,
    string PasswordHash,
    Role Role,
    string? BrigadeId,
    string? UnitId,
    string? LeaderId);
