namespace Responsibility.Api.Detachments;

using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using FluentValidation;
using Mediator;
using Responsibility.Api.Auth;
using Responsibility.Api.Brigades;
using Responsibility.Api.Common;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Accounts;

/// <summary>
/// Creates or changes a 支队 account (DetachmentAdmin, system Admin), as <see cref="UpsertUser"/> does a brigade's: a
/// password resets it, <c>disabled: true</c> stops it, and a username already another brigade's, another detachment's
/// or the system's is refused (409).
/// </summary>
public sealed record UpsertDetachmentUser(
    [property: Required] string? DisplayName, string? Password, [property: Required] Role? Role, bool? Disabled = null)
    : IRequest<UserResponse>, IAuthorizedRequest
{
    [JsonIgnore]
    public string DetachmentId { get; init; } = "";

    [JsonIgnore]
    public string Username { get; init; } = "";

    public Permission Permission => new Permission.Detachment(DetachmentId, DetachmentAction.Administer);
}

public sealed class UpsertDetachmentUserValidator : AbstractValidator<UpsertDetachmentUser>
{
    public UpsertDetachmentUserValidator()
    {
        RuleFor(r => r.DetachmentId).IsSlug();
        RuleFor(r => r.Username).IsSlug();
        RuleFor(r => r.DisplayName).Required(TextRules.Name);
        RuleFor(r => r.Password).MeetsPasswordPolicy(r => r.Username);
        RuleFor(r => r.Role).NotNull().WithMessage("须指定角色。").IsInEnum().WithMessage("未知的角色。")
            .Must(r => r is null || r.Value.IsDetachmentRole())
            .WithMessage("支队账号的角色须为 DetachmentAdmin、DetachmentLeader 或 DetachmentViewer。");
    }
}

public sealed class UpsertDetachmentUserHandler(IGrainFactory grains, CallerAccessor callers, Passwords passwords)
    : IRequestHandler<UpsertDetachmentUser, UserResponse>
{
    public async ValueTask<UserResponse> Handle(UpsertDetachmentUser request, CancellationToken cancellationToken)
    {
        // The system admin may name any detachment: one never established is missing.
        await grains.GetGrain<IDetachmentGrain>(request.DetachmentId).GetInfo();
        var user = grains.GetGrain<IUserGrain>(request.Username);
        var existing = await user.Get();
        var hash = request.Password is not null ? passwords.Hash(request.Username, request.Password)
            : existing?.PasswordHash ?? throw DomainException.Invalid("password", "新建账号须设置密码。");
        var account = new UserAccount(
            request.Username, request.DisplayName!, hash, request.Role!.Value, null, null, null,
            request.Disabled ?? existing?.Disabled ?? false, DetachmentId: request.DetachmentId);
        var caller = await callers.Get();
        return UserResponse.From(await user.Save(account, caller.Username));
    }
}

/// <summary>The detachment's accounts for its DetachmentAdmin: highest role first, then by username.</summary>
public sealed record ListDetachmentUsers(string DetachmentId) : IRequest<UserResponse[]>, IAuthorizedRequest
{
    public Permission Permission => new Permission.Detachment(DetachmentId, DetachmentAction.Administer);
}

public sealed class ListDetachmentUsersValidator : AbstractValidator<ListDetachmentUsers>
{
    public ListDetachmentUsersValidator() => RuleFor(r => r.DetachmentId).IsSlug();
}

public sealed class ListDetachmentUsersHandler(IGrainFactory grains) : IRequestHandler<ListDetachmentUsers, UserResponse[]>
{
    public async ValueTask<UserResponse[]> Handle(ListDetachmentUsers request, CancellationToken cancellationToken)
    {
        await grains.GetGrain<IDetachmentGrain>(request.DetachmentId).GetInfo();
        var usernames = await grains.GetGrain<IAccountDirectoryGrain>(AccountDirectories.OfDetachment(request.DetachmentId)).List();
        var accounts = await Task.WhenAll(usernames.Select(u => grains.GetGrain<IUserGrain>(u).Get()));
        return accounts
            .Where(a => a?.DetachmentId == request.DetachmentId && a.BrigadeId is null)
            .Select(a => UserResponse.From(a!))
            .OrderByDescending(u => u.Role)
            .ThenBy(u => u.Username, StringComparer.Ordinal)
            .ToArray();
    }
}
