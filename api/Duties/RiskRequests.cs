namespace Responsibility.Api.Duties;

using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using FluentValidation;
using Mediator;
using Responsibility.Api.Common;
using Responsibility.Api.Pages;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Duties;

/// <summary>The year's 廉政风险点 register of the brigade's units (or one unit's): everyone but a Viewer.</summary>
public sealed record ListRisks(string BrigadeId, int? Year, string? UnitId) : IRequest<RiskRow[]>, IAuthorizedRequest
{
    public Permission Permission => new Permission.Brigade(BrigadeId, BrigadeAction.ReadRisks);
}

/// <summary>A row of a unit's register, created or changed by its id (the office).</summary>
public sealed record PutRisk(
    [property: Required] string? UnitId, [property: Required] string? Post, [property: Required] string? Risk, string? Manifestation,
    [property: Required] RiskLevel? Level, [property: Required] string? Measures, [property: Required] string? LeaderId)
    : IRequest<RiskRow>, IAuthorizedRequest
{
    [JsonIgnore]
    public string BrigadeId { get; init; } = "";

    [JsonIgnore]
    public int Year { get; init; }

    [JsonIgnore]
    public string RiskId { get; init; } = "";

    public Permission Permission => new Permission.Brigade(BrigadeId, BrigadeAction.ManageDuties);
}

public sealed class PutRiskValidator : AbstractValidator<PutRisk>
{
    public PutRiskValidator()
    {
        RuleFor(r => r.BrigadeId).IsSlug();
        RuleFor(r => r.RiskId).IsSlug();
        RuleFor(r => r.Year).IsDutyYear();
        RuleFor(r => r.UnitId).IsSlug();
        RuleFor(r => r.LeaderId).IsSlug();
        RuleFor(r => r.Post).Required(TextRules.Name);
        RuleFor(r => r.Risk).Required(TextRules.Title);
        RuleFor(r => r.Manifestation).Optional(TextRules.Note);
        RuleFor(r => r.Measures).Required(TextRules.Note);
        RuleFor(r => r.Level).NotNull().WithMessage("须选择风险等级。").IsInEnum().WithMessage("风险等级须为高、中或低。");
    }
}

public sealed class ListRisksValidator : AbstractValidator<ListRisks>
{
    public ListRisksValidator()
    {
        RuleFor(r => r.BrigadeId).IsSlug();
        RuleFor(r => r.UnitId).IsSlug().When(r => r.UnitId is not null);
        RuleFor(r => r.Year).IsDutyYear();
    }
}

public sealed class RiskHandlers(IGrainFactory grains, CallerAccessor callers, IServiceProvider services) :
    IRequestHandler<ListRisks, RiskRow[]>,
    IRequestHandler<PutRisk, RiskRow>
{
    public async ValueTask<RiskRow[]> Handle(ListRisks r, CancellationToken cancellationToken)
    {
        var brigade = await grains.GetGrain<IBrigadeGrain>(r.BrigadeId).GetInfo();
        var year = r.Year ?? BrigadeDay.Today(services, brigade.Settings.TimeZone).Year;
        if (r.UnitId is not null && Array.TrueForAll(brigade.Units, u => u.Id != r.UnitId))
        {
            throw DomainException.NotFound($"单位 {r.UnitId} 不存在。");
        }

        var units = brigade.Units.Where(u => r.UnitId is null || u.Id == r.UnitId);
        var rows = await Task.WhenAll(units.Select(u => grains.GetGrain<IUnitGrain>(GrainKeys.Unit(r.BrigadeId, u.Id)).GetRisks(year)));
        return [.. rows.SelectMany(x => x)];
    }

    public async ValueTask<RiskRow> Handle(PutRisk r, CancellationToken cancellationToken)
    {
        var row = new RiskRow(
            r.RiskId, r.Year, r.UnitId!, r.Post!.Trim(), r.Risk!.Trim(), r.Manifestation?.Trim() ?? "", r.Level!.Value, r.Measures!.Trim(), r.LeaderId!);
        return await grains.GetGrain<IUnitGrain>(GrainKeys.Unit(r.BrigadeId, r.UnitId!)).PutRisk(row, (await callers.Get()).Username);
    }
}
