namespace Responsibility.Grains.Abstractions.Inbox;

using Responsibility.Grains.Abstractions.Accounts;

/// <summary>Whose inbox: the account's username, role, and the unit it heads or the leader it is.</summary>
[GenerateSerializer, Immutable, Alias("Responsibility.InboxReader")]
public sealed record InboxReader(string Username, Role Role, string? UnitId, string? LeaderId);
