namespace Responsibility.Api.Auth;

using Microsoft.AspNetCore.Identity;
using Responsibility.Grains.Abstractions.Accounts;

/// <summary>ASP.NET Core Identity's hasher (PBKDF2); the grain only ever sees the hash.</summary>
public sealed class Passwords
{
    private readonly PasswordHasher<string> hasher = new();

    public string Hash(string username, string password) => hasher.HashPassword(username, password);

    public bool Verify(UserAccount account, string password) =>
        hasher.VerifyHashedPassword(account.Username, account.PasswordHash, password) != PasswordVerificationResult.Failed;
}
