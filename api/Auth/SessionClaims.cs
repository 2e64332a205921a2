namespace Responsibility.Api.Auth;

using System.Security.Claims;
using Responsibility.Grains.Abstractions.Accounts;

/// <summary>What a bearer token and the page cookie both say about their holder.</summary>
public static class SessionClaims
{
    public const string Subject = "sub";
    public const string Role = "role";

    /// <summary>The account's security stamp when it was issued; <see cref="SessionCheck"/> compares it on every request.</summary>
    public const string Stamp = "stamp";

    public static Claim[] For(UserAccount account) =>
    [
        new(Subject, account.Username),
        new(Role, account.Role.ToString()),
        .. account.SecurityStamp is { } stamp ? [new Claim(Stamp, stamp)] : Array.Empty<Claim>(),
    ];
}
