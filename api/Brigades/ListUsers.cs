namespace Responsibility.Api.Brigades;

using FluentValidation;
using Mediator;
using Responsibility.Api.Common;
using Responsibility.Grains.Abstractions;

/// <summary>The brigade's accounts for its Admin: highest role first, then by username.</summary>
public sealed record ListUsers(string BrigadeId) : IRequest<UserResponse[]>, IAuthorizedRequest
{
    public Permission Permission => new Permission.Brigade(BrigadeId, BrigadeAction.Administer);
}

public sealed class ListUsersValidator : AbstractValidator<ListUsers>
{
    public ListUsersValidator() => RuleFor(r => r.BrigadeId).IsSlug();
}

public sealed class ListUsersHandler(IGrainFactory grains) : IRequestHandler<ListUsers, UserResponse[]>
{
    public async ValueTask<UserResponse[]> Handle(ListUsers request, CancellationToken cancellationToken)
    {
        // The system admin may name any brigade: one never configured is missing, not empty.
        await grains.GetGrain<IBrigadeGrain>(request.BrigadeId).GetInfo();
        var usernames = await grains.GetGrain<IAccountDirectoryGrain>(request.BrigadeId).List();
        var accounts = await Task.WhenAll(usernames.Select(u => grains.GetGrain<IUserGrain>(u).Get()));
        return accounts
            .Where(a => a?.BrigadeId == request.BrigadeId)
            .Select(a => UserResponse.From(a!))
            .OrderByDescending(u => u.Role)
            .ThenBy(u => u.Username, StringComparer.Ordinal)
            .ToArray();
    }
}
