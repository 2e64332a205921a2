namespace Responsibility.Api.Rollups;

using FluentValidation;
using Mediator;
using Responsibility.Api.Common;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Rollups;

public sealed record GetBrigadeRollup(string BrigadeId, int? Year, DateOnly? AsOf)
    : IRequest<BrigadeRollupResponse>, IAuthorizedRequest
{
    public Permission Permission => new Permission.Brigade(BrigadeId, BrigadeAction.ReadRollup);
}

public sealed record GetUnitRollup(string BrigadeId, string UnitId, int? Year, DateOnly? AsOf)
    : IRequest<UnitRollupResponse>, IAuthorizedRequest
{
    public Permission Permission => new Permission.Brigade(BrigadeId, BrigadeAction.ReadRollup);
}

public sealed record GetLeaderRollup(string BrigadeId, string LeaderId, int? Year, DateOnly? AsOf)
    : IRequest<LeaderRollupResponse>, IAuthorizedRequest
{
    public Permission Permission => new Permission.Brigade(BrigadeId, BrigadeAction.ReadRollup);
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

public sealed class GetRollupsHandler(IGrainFactory grains, CallerAccessor callers) :
    IRequestHandler<GetBrigadeRollup, BrigadeRollupResponse>,
    IRequestHandler<GetUnitRollup, UnitRollupResponse>,
    IRequestHandler<GetLeaderRollup, LeaderRollupResponse>
{
    public async ValueTask<BrigadeRollupResponse> Handle(GetBrigadeRollup r, CancellationToken cancellationToken)
    {
        var rollup = await grains.GetGrain<IBrigadeGrain>(r.BrigadeId).GetRollup(r.Year, r.AsOf);
        return new(RollupNotes.Redact(rollup, await NoteScope(r.BrigadeId)));
    }

    public async ValueTask<UnitRollupResponse> Handle(GetUnitRollup r, CancellationToken cancellationToken)
    {
        var unit = await grains.GetGrain<IBrigadeGrain>(r.BrigadeId).GetUnitRollup(r.UnitId, r.Year, r.AsOf);
        return new(unit with { Rollup = RollupNotes.Redact(unit.Rollup, await NoteScope(r.BrigadeId)) });
    }

    public async ValueTask<LeaderRollupResponse> Handle(GetLeaderRollup r, CancellationToken cancellationToken)
    {
        var leader = await grains.GetGrain<IBrigadeGrain>(r.BrigadeId).GetLeaderRollup(r.LeaderId, r.Year, r.AsOf);
        return LeaderRollupResponse.From(RollupNotes.Redact(leader, await NoteScope(r.BrigadeId)));
    }

    private async ValueTask<Func<LaggingTask, bool>> NoteScope(string brigadeId)
    {
        var caller = await callers.Get();
        var leader = caller.LeaderId is null ? null
            : Array.Find((await grains.GetGrain<IBrigadeGrain>(brigadeId).GetInfo()).Leaders, l => l.Id == caller.LeaderId);
        return task => AccessPolicy.CanReadDetails(caller, brigadeId, task.UnitId, task.LeaderId, leader);
    }
}
