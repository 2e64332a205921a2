namespace Responsibility.Api.Brigades;

using FluentValidation;
using Mediator;
using Responsibility.Api.Common;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Org;

public sealed record GetBrigade(string BrigadeId) : IRequest<BrigadeInfo>, IAuthorizedRequest
{
    public Permission Permission => new Permission.Brigade(BrigadeId, BrigadeAction.ReadOrg);
}

public sealed class GetBrigadeValidator : AbstractValidator<GetBrigade>
{
    public GetBrigadeValidator() => RuleFor(r => r.BrigadeId).IsSlug();
}

public sealed class GetBrigadeHandler(IGrainFactory grains) : IRequestHandler<GetBrigade, BrigadeInfo>
{
    public async ValueTask<BrigadeInfo> Handle(GetBrigade request, CancellationToken cancellationToken) =>
        await grains.GetGrain<IBrigadeGrain>(request.BrigadeId).GetInfo();
}
