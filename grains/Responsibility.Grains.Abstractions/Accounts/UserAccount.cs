namespace Responsibility.Grains.Abstractions.Accounts;

/// <summary>
/// A login. A system Admin has no brigade; a detachment account (<see cref="Role.DetachmentAdmin"/> …) has its
/// <see cref="DetachmentId"/> and no brigade; everyone else belongs to exactly one brigade. <see cref="SecurityStamp"/> changes
/// whenever earlier tokens and sessions must stop working (password change or reset, disable, logout); accounts
/// stored before it existed have none until their first such change. New members go at the end, with defaults,
/// so stored rows and serialized calls keep reading.
/// </summary>
[GenerateSerializer, Immutable, Alias("Responsibility.UserAccount")]
public sealed record UserAccount(
    string Username,
    string DisplayName,
    string PasswordHash,
    Role Role,
    string? BrigadeId,
    string? UnitId,
    string? LeaderId,
    bool Disabled = false,
    string? SecurityStamp = null,
    string? DetachmentId = null);
