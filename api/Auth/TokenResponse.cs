namespace Responsibility.Api.Auth;

public sealed record TokenResponse(string AccessToken, int ExpiresIn, string TokenType = "Bearer");
