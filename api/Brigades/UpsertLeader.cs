namespace Responsibility.Api.Brigades;

using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using FluentValidation;
using Mediator;
using Responsibility.Api.Common;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Org;

public sealed record UpsertLeader([property: Required] string? Name, [property: Required] string? Post, bool? IsFirstResponsible, string[]? UnitIds, string[]? Areas)
    : IRequest<LeaderDefinition>, IAuthorizedRequest
{
    [JsonIgnore]
    public string BrigadeId { get; init; } = "";

    [JsonIgnore]
    public string LeaderId { get; init; } = "";

    public Permission Permission => new Permission.Brigade(BrigadeId, BrigadeAction.Administer);
}

public sealed class UpsertLeaderValidator : AbstractValidator<UpsertLeader>
{
    public UpsertLeaderValidator()
    {
        RuleFor(r => r.BrigadeId).IsSlug();
        RuleFor(r => r.LeaderId).IsSlug();
        RuleFor(r => r.Name).Required(TextRules.Name);
        RuleFor(r => r.Post).Required(TextRules.Name);
        RuleFor(r => r.UnitIds).Must(ids => ids is null || ids.Length <= 100).WithMessage("分管单位不能超过 100 个。");
        RuleForEach(r => r.UnitIds).IsSlug();
        RuleFor(r => r.Areas).Must(a => a is null || a.Length <= 50).WithMessage("分管领域不能超过 50 个。");
        RuleForEach(r => r.Areas).Required(TextRules.Name);
    }
}

public sealed class UpsertLeaderHandler(IGrainFactory grains, CallerAccessor callers)
    : IRequestHandler<UpsertLeader, LeaderDefinition>
{
    public async ValueTask<LeaderDefinition> Handle(UpsertLeader request, CancellationToken cancellationToken)
    {
        var leader = new LeaderDefinition(
            request.LeaderId, request.Name!, request.Post!, request.IsFirstResponsible ?? false,
            request.UnitIds?.Distinct().ToArray() ?? [], request.Areas ?? []);
        var caller = await callers.Get();
        return await grains.GetGrain<IBrigadeGrain>(request.BrigadeId).UpsertLeader(leader, caller.Username);
    }
}
