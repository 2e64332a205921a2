namespace Responsibility.Api.Auth;

/// <summary>What a throttle store keeps of one client on one account, or of one address: how many, the first and the last.</summary>
public sealed record LoginFailures(int Count, DateTimeOffset First, DateTimeOffset Last);
