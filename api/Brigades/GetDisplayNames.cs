namespace Responsibility.Api.Brigades;

using FluentValidation;
using Mediator;
using Responsibility.Api.Common;
using Responsibility.Grains.Abstractions;

/// <summary>
/// The display names (王立侠) behind the usernames stored on entries, so pages never show a login name. An account
/// outside the brigade, or gone, keeps its username.
/// </summary>
public sealed record GetDisplayNames(string BrigadeId, string[] Usernames) : IRequest<DisplayNames>, IAuthorizedRequest
{
    public Permission Permission => new Permission.Brigade(BrigadeId, BrigadeAction.ReadOrg);
}

public sealed record DisplayNames(IReadOnlyDictionary<string, string> Names)
{
    public static readonly DisplayNames None = new(new Dictionary<string, string>());

    /// <summary>The person's display name; their username when it could not be read.</summary>
    public string Of(string? username) => username is null ? "" : Names.GetValueOrDefault(username, username);
}

public sealed class GetDisplayNamesValidator : AbstractValidator<GetDisplayNames>
{
    public GetDisplayNamesValidator()
    {
        RuleFor(r => r.BrigadeId).IsSlug();
        RuleFor(r => r.Usernames).Must(u => u.Length <= 1000).WithMessage("一次最多查询 1000 个账号。");
    }
}

public sealed class GetDisplayNamesHandler(IGrainFactory grains) : IRequestHandler<GetDisplayNames, DisplayNames>
{
    public async ValueTask<DisplayNames> Handle(GetDisplayNames r, CancellationToken cancellationToken) =>
        new(await grains.GetGrain<IAccountDirectoryGrain>(r.BrigadeId).DisplayNames(r.Usernames));
}
