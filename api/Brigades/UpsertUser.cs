namespace Responsibility.Api.Brigades;

using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using FluentValidation;
using Mediator;
using Responsibility.Api.Auth;
using Responsibility.Api.Common;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Accounts;

/// <summary>
/// Creates or changes an account. A password resets it and <c>disabled: true</c> stops it; either ends the
/// account's earlier tokens and sessions. Without a password the hash is kept, without <c>disabled</c> the state.
/// </summary>
public sealed record UpsertUser(
    [property: Required] string? DisplayName, string? Password, [property: Required] Role? Role, string? UnitId, string? LeaderId, bool? Disabled = null)
    : IRequest<UserResponse>, IAuthorizedRequest
{
    [JsonIgnore]
    public string BrigadeId { get; init; } = "";

    [JsonIgnore]
    public string Username { get; init; } = "";

    public Permission Permission => new Permission.Brigade(BrigadeId, BrigadeAction.Administer);
}

public sealed class UpsertUserValidator : AbstractValidator<UpsertUser>
{
    public UpsertUserValidator()
    {
        RuleFor(r => r.BrigadeId).IsSlug();
        RuleFor(r => r.Username).IsSlug();
        RuleFor(r => r.DisplayName).Required(TextRules.Name);
        RuleFor(r => r.Password).MeetsPasswordPolicy(r => r.Username);
        RuleFor(r => r.Role).NotNull().WithMessage("须指定角色。").IsInEnum().WithMessage("未知的角色。")
            .Must(r => r?.IsDetachmentRole() != true).WithMessage("支队角色的账号在支队下设置。");
        RuleFor(r => r.UnitId).NotEmpty().When(r => r.Role == Role.UnitHead).WithMessage("单位负责人须指定所在单位。");
        RuleFor(r => r.LeaderId).NotEmpty().When(r => r.Role == Role.Leader).WithMessage("班子成员账号须关联班子成员。");
        RuleFor(r => r.UnitId).IsSlug().When(r => r.UnitId is not null);
        RuleFor(r => r.LeaderId).IsSlug().When(r => r.LeaderId is not null);
    }
}

public sealed class UpsertUserHandler(IGrainFactory grains, CallerAccessor callers, Passwords passwords)
    : IRequestHandler<UpsertUser, UserResponse>
{
    public async ValueTask<UserResponse> Handle(UpsertUser request, CancellationToken cancellationToken)
    {
        var org = await grains.GetGrain<IBrigadeGrain>(request.BrigadeId).GetInfo();
        if (request.UnitId is not null && org.Units.All(u => u.Id != request.UnitId))
        {
            throw DomainException.Invalid("unitId", $"单位 {request.UnitId} 不存在。");
        }

        if (request.LeaderId is not null && org.Leaders.All(l => l.Id != request.LeaderId))
        {
            throw DomainException.Invalid("leaderId", $"班子成员 {request.LeaderId} 不存在。");
        }

        var user = grains.GetGrain<IUserGrain>(request.Username);
        var existing = await user.Get();
        var hash = request.Password is not null ? passwords.Hash(request.Username, request.Password)
            : existing?.PasswordHash ?? throw DomainException.Invalid("password", "新建账号须设置密码。");
        var account = new UserAccount(
            request.Username, request.DisplayName!, hash, request.Role!.Value, request.BrigadeId, request.UnitId, request.LeaderId,
            request.Disabled ?? existing?.Disabled ?? false);
        var caller = await callers.Get();
        return UserResponse.From(await user.Save(account, caller.Username));
    }
}
