namespace Responsibility.Api.Pages.Shared;

using Responsibility.Api.Common;

/// <summary>
/// What the top bar shows; <see cref="BrigadeName"/> is null when the brigade in view cannot be read, and
/// <see cref="InboxCount"/> counts the caller's 待办.
/// </summary>
public sealed record TopBar(Caller Caller, string? BrigadeId, string? BrigadeName, int InboxCount = 0);
