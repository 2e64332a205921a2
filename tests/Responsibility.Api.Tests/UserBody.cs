namespace Responsibility.Api.Tests;

/// <summary>An account as the users routes answer it.</summary>
public sealed record UserBody(
    string Username, string DisplayName, string Role, string? BrigadeId, string? UnitId, string? LeaderId, bool Disabled);
