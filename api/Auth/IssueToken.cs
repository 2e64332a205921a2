namespace Responsibility.Api.Auth;

using FluentValidation;
using Mediator;
using Responsibility.Api.Common;
using Responsibility.Grains.Abstractions;

public sealed record IssueToken(string? Username, string? Password) : IRequest<TokenResponse>;

public sealed record TokenResponse(string AccessToken, int ExpiresIn, string TokenType = "Bearer");

public sealed class IssueTokenValidator : AbstractValidator<IssueToken>
{
    public IssueTokenValidator()
    {
        RuleFor(r => r.Username).Required(64);
        RuleFor(r => r.Password).Required(256);
    }
}

public sealed class IssueTokenHandler(IGrainFactory grains, Passwords passwords, TokenIssuer tokens)
    : IRequestHandler<IssueToken, TokenResponse>
{
    public async ValueTask<TokenResponse> Handle(IssueToken request, CancellationToken cancellationToken)
    {
        var account = Slug.Pattern().IsMatch(request.Username!)
            ? await grains.GetGrain<IUserGrain>(request.Username!).Get()
            : null;
        if (!passwords.Verify(account, request.Password!))
        {
            throw new UnauthorizedAccessException("用户名或密码错误。");
        }

        return new TokenResponse(tokens.Issue(account), (int)TokenIssuer.Lifetime.TotalSeconds);
    }
}
