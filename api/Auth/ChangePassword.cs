namespace Responsibility.Api.Auth;

using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using FluentValidation;
using Mediator;
using Responsibility.Api.Common;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Accounts;

/// <summary>
/// The caller's own password change. Answers the account with its new stamp, so the page can keep its own browser
/// signed in while every earlier token and session ends.
/// </summary>
public sealed record ChangePassword([property: Required] string? CurrentPassword, [property: Required] string? NewPassword) : IRequest<UserAccount>, IAuthorizedRequest
{
    /// <summary>The signed-in username, set by the caller of the request: the policy refuses a password like it.</summary>
    [JsonIgnore]
    public string Username { get; init; } = "";

    public Permission Permission => new Permission.SignedIn();
}

public sealed class ChangePasswordValidator : AbstractValidator<ChangePassword>
{
    public ChangePasswordValidator()
    {
        RuleFor(r => r.CurrentPassword).Required(256);
        RuleFor(r => r.NewPassword).Cascade(CascadeMode.Stop).NotEmpty().WithMessage("不能为空。").MeetsPasswordPolicy(r => r.Username);
        RuleFor(r => r.NewPassword).NotEqual(r => r.CurrentPassword).When(r => !string.IsNullOrEmpty(r.NewPassword))
            .WithMessage("新密码不能与当前密码相同。");
    }
}

public sealed class ChangePasswordHandler(
    IGrainFactory grains, CallerAccessor callers, Passwords passwords, ILoginThrottle throttle, IHttpContextAccessor http)
    : IRequestHandler<ChangePassword, UserAccount>
{
    public async ValueTask<UserAccount> Handle(ChangePassword request, CancellationToken cancellationToken)
    {
        var caller = await callers.Get();
        var user = grains.GetGrain<IUserGrain>(caller.Username);
        var address = ClientAddress.Of(http.HttpContext);

        // A stolen session must not become a way to guess the password it lacks: wrong guesses count as failed logins.
        if (await throttle.Attempt(caller.Username, address) is { } wait)
        {
            throw new LoginThrottledException(wait);
        }

        if (!passwords.Verify(await user.Get(), request.CurrentPassword!))
        {
            await throttle.Failed(address);
            throw DomainException.Invalid("currentPassword", "当前密码不正确。");
        }

        await throttle.Succeeded(caller.Username, address);
        return await user.ChangePassword(passwords.Hash(caller.Username, request.NewPassword!), caller.Username);
    }
}
