namespace Responsibility.Api.Auth;

using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Responsibility.Grains.Abstractions.Accounts;

public sealed class TokenIssuer(SymmetricSecurityKey key, TimeProvider time)
{
    public const string Issuer = "responsibility";
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(8);

    public TokenResponse Issue(UserAccount account)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Issuer,
            Subject = new ClaimsIdentity(SessionClaims.For(account)),
            IssuedAt = now,
            NotBefore = now,
            Expires = now + Lifetime,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        });
        return new TokenResponse(token, (int)Lifetime.TotalSeconds);
    }
}
