namespace Responsibility.Api.Auth;

using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using Responsibility.Api.Common;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Accounts;

/// <summary>The one credential check, behind the token endpoint and the login page alike.</summary>
public sealed record SignIn([property: Required] string? Username, [property: Required] string? Password) : IRequest<UserAccount>;

public sealed class SignInValidator : AbstractValidator<SignIn>
{
    public SignInValidator()
    {
        RuleFor(r => r.Username).Required(64);
        RuleFor(r => r.Password).Required(256);
    }
}

public sealed class SignInHandler(IGrainFactory grains, Passwords passwords, ILoginThrottle throttle, IHttpContextAccessor http)
    : IRequestHandler<SignIn, UserAccount>
{
    public async ValueTask<UserAccount> Handle(SignIn request, CancellationToken cancellationToken)
    {
        var username = request.Username!.Trim();
        var address = ClientAddress.Of(http.HttpContext);
        if (await throttle.Attempt(username, address) is { } wait)
        {
            // Checked before the password, so a client that must wait learns nothing even from the right one.
            throw new LoginThrottledException(wait);
        }

        var account = Slug.Pattern().IsMatch(username) ? await grains.GetGrain<IUserGrain>(username).Get() : null;
        if (!passwords.Verify(account, request.Password!))
        {
            await throttle.Failed(address);
            throw new UnauthorizedAccessException("用户名或密码错误。");
        }

        await throttle.Succeeded(username, address);
        return account.Disabled ? throw new UnauthorizedAccessException("该账号已停用，请联系本大队管理员。") : account;
    }
}
