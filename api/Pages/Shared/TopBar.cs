namespace Responsibility.Api.Pages.Shared;

using Responsibility.Api.Common;

/// <summary>What the top bar shows; <see cref="BrigadeName"/> is null when the brigade in view cannot be read.</summary>
public sealed record TopBar(Caller Caller, string? BrigadeId, string? BrigadeName);
