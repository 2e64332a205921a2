namespace Responsibility.Api.Brigades;

using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using FluentValidation;
using Mediator;
using Responsibility.Api.Common;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Org;

public sealed record UpsertUnit([property: Required] string? Name, string? Kind, string? Head) : IRequest<UnitDefinition>, IAuthorizedRequest
{
    [JsonIgnore]
    public string BrigadeId { get; init; } = "";

    [JsonIgnore]
    public string UnitId { get; init; } = "";

    public Permission Permission => new Permission.Brigade(BrigadeId, BrigadeAction.Administer);
}

public sealed class UpsertUnitValidator : AbstractValidator<UpsertUnit>
{
    public UpsertUnitValidator()
    {
        RuleFor(r => r.BrigadeId).IsSlug();
        RuleFor(r => r.UnitId).IsSlug();
        RuleFor(r => r.Name).Required(TextRules.Name);
        RuleFor(r => r.Kind).Optional(20);
        RuleFor(r => r.Head).Optional(TextRules.Name);
    }
}

public sealed class UpsertUnitHandler(IGrainFactory grains, CallerAccessor callers) : IRequestHandler<UpsertUnit, UnitDefinition>
{
    public async ValueTask<UnitDefinition> Handle(UpsertUnit request, CancellationToken cancellationToken)
    {
        var unit = new UnitDefinition(request.UnitId, request.Name!, request.Kind, request.Head);
        var caller = await callers.Get();
        return await grains.GetGrain<IBrigadeGrain>(request.BrigadeId).UpsertUnit(unit, caller.Username);
    }
}
