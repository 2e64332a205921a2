namespace Responsibility.Api.Rollups;

using FluentValidation;
using Mediator;
using Responsibility.Api.Common;
using Responsibility.Grains.Abstractions;

public sealed record GetBrigadeRollup(string BrigadeId, int? Year, DateOnly? AsOf)
    : IRequest<BrigadeRollupResponse>, IAuthorizedRequest
{
    public Permission Permission => new Permission.Brigade(BrigadeId, BrigadeAction.ReadRollup);
}

public sealed record GetUnitRollup(string BrigadeId, string UnitId, int? Year, DateOnly? AsOf)
    : IRequest<UnitRollupResponse>, IAuthorizedRequest
{
    public Permission Permission => new Permission.Unit(BrigadeId, UnitId);
}

public sealed record GetLeaderRollup(string BrigadeId, string LeaderId, int? Year, DateOnly? AsOf)
    : IRequest<LeaderRollupResponse>, IAuthorizedRequest
{
    public Permission Permission => new Permission.Leader(BrigadeId, LeaderId);
}

public sealed class GetBrigadeRollupValidator : AbstractValidator<GetBrigadeRollup>
{
    public GetBrigadeRollupValidator() => RuleFor(r => r.BrigadeId).IsSlug();
}

public sealed class GetUnitRollupValidator : AbstractValidator<GetUnitRollup>
{
    public GetUnitRollupValidator()
    {
        RuleFor(r => r.BrigadeId).IsSlug();
        RuleFor(r => r.UnitId).IsSlug();
    }
}

public sealed class GetLeaderRollupValidator : AbstractValidator<GetLeaderRollup>
{
    public GetLeaderRollupValidator()
    {
        RuleFor(r => r.BrigadeId).IsSlug();
        RuleFor(r => r.LeaderId).IsSlug();
    }
}

public sealed class GetRollupsHandler(IGrainFactory grains) :
    IRequestHandler<GetBrigadeRollup, BrigadeRollupResponse>,
    IRequestHandler<GetUnitRollup, UnitRollupResponse>,
    IRequestHandler<GetLeaderRollup, LeaderRollupResponse>
{
    public async ValueTask<BrigadeRollupResponse> Handle(GetBrigadeRollup r, CancellationToken cancellationToken) =>
        new(await grains.GetGrain<IBrigadeGrain>(r.BrigadeId).GetRollup(r.Year, r.AsOf));

    public async ValueTask<UnitRollupResponse> Handle(GetUnitRollup r, CancellationToken cancellationToken) =>
        new(await grains.GetGrain<IUnitGrain>(GrainKeys.Unit(r.BrigadeId, r.UnitId)).GetRollup(r.Year, r.AsOf));

    public async ValueTask<LeaderRollupResponse> Handle(GetLeaderRollup r, CancellationToken cancellationToken) =>
        LeaderRollupResponse.From(
            await grains.GetGrain<ILeaderGrain>(GrainKeys.Leader(r.BrigadeId, r.LeaderId)).GetRollup(r.Year, r.AsOf));
}
