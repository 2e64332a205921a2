namespace Responsibility.Api.Auth;

using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Responsibility.Grains.Abstractions.Accounts;

/// <summary>ASP.NET Core Identity's hasher (PBKDF2); the grain only ever sees the hash.</summary>
public sealed class Passwords
{
    private static readonly Lazy<string> DecoyHash =
        new(() => new PasswordHasher<string>().HashPassword("", RandomNumberGenerator.GetHexString(32)));

    private readonly PasswordHasher<string> hasher = new();

    public string Hash(string username, string password) => hasher.HashPassword(username, password);

    /// <summary>No account is checked against a decoy hash, so refusing an unknown user takes as long as a wrong password.</summary>
    public bool Verify([NotNullWhen(true)] UserAccount? account, string password)
    {
        var result = account is null
            ? hasher.VerifyHashedPassword("", DecoyHash.Value, password)
            : hasher.VerifyHashedPassword(account.Username, account.PasswordHash, password);
        return account is not null && result != PasswordVerificationResult.Failed;
    }
}
