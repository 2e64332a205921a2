namespace Responsibility.Api.Oversight;

using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using FluentValidation;
using Mediator;
using Responsibility.Api.Common;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Accounts;
using Responsibility.Grains.Abstractions.Oversight;
using Responsibility.Grains.Abstractions.Supervision;

/// <summary>Records an inspection (SPEC §3: a BrigadeLeader, the Admin, or a Leader who names themselves among its inspectors).</summary>
public sealed record RecordInspection(
    [property: Required] InspectionKind? Kind, [property: Required] DateOnly? Date, [property: Required] string? Title,
    [property: Required] string[]? InspectorIds, [property: Required] string[]? UnitIds, [property: Required] string? Summary)
    : IRequest<InspectionResponse>, IAuthorizedRequest
{
    [JsonIgnore]
    public string BrigadeId { get; init; } = "";

    public Permission Permission => new Permission.Brigade(BrigadeId, BrigadeAction.RecordInspections);
}

/// <summary>The brigade's inspections of a year (all when none), latest first, those the caller may read.</summary>
public sealed record ListInspections(string BrigadeId, int? Year) : IRequest<InspectionResponse[]>, IAuthorizedRequest
{
    public Permission Permission => new Permission.Brigade(BrigadeId, BrigadeAction.ReadInspections);
}

/// <summary>An inspection with the findings the caller may read.</summary>
public sealed record GetInspection(string InspectionId) : IRequest<InspectionResponse>, IAuthorizedRequest
{
    public Permission Permission => new Permission.Inspection(InspectionId, InspectionAction.Read);
}

/// <summary>Adds a finding, which becomes a 整改 item of its unit (a BrigadeLeader, the Admin, an inspector named on it).</summary>
public sealed record AddFinding(
    [property: Required] string? Problem, [property: Required] string? Category, [property: Required] string? UnitId, string? Person,
    [property: Required] Grains.Abstractions.Oversight.Severity? Severity, string? Basis, [property: Required] string? LeaderId, [property: Required] string? Measures,
    [property: Required] DateOnly? DueDate)
    : IRequest<RectificationResponse>, IAuthorizedRequest
{
    [JsonIgnore]
    public string InspectionId { get; init; } = "";

    public Permission Permission => new Permission.Inspection(InspectionId, InspectionAction.AddFinding);
}

public sealed class RecordInspectionValidator : AbstractValidator<RecordInspection>
{
    public RecordInspectionValidator()
    {
        RuleFor(r => r.BrigadeId).IsSlug();
        RuleFor(r => r.Kind).NotNull().WithMessage("不能为空。").IsInEnum();
        RuleFor(r => r.Date).NotNull().WithMessage("不能为空。");
        RuleFor(r => r.Title).Required(OversightLimits.Title);
        RuleFor(r => r.Summary).Required(OversightLimits.Summary);
        RuleFor(r => r.InspectorIds).NotEmpty().WithMessage("须指定检查人员（班子成员）。")
            .Must(ids => ids!.Length <= OversightLimits.Inspectors && ids.All(id => id is not null && Slug.Pattern().IsMatch(id)))
            .When(r => r.InspectorIds is { Length: > 0 }).WithMessage($"最多 {OversightLimits.Inspectors} 人，每项须为班子成员编号。");
        RuleFor(r => r.UnitIds).NotEmpty().WithMessage("须指定至少一个被检查单位。")
            .Must(ids => ids!.Length <= OversightLimits.Units && ids.All(id => id is not null && Slug.Pattern().IsMatch(id)))
            .When(r => r.UnitIds is { Length: > 0 }).WithMessage($"最多 {OversightLimits.Units} 个，每项须为单位编号。");
    }
}

public sealed class ListInspectionsValidator : AbstractValidator<ListInspections>
{
    public ListInspectionsValidator()
    {
        RuleFor(r => r.BrigadeId).IsSlug();
        RuleFor(r => r.Year).InclusiveBetween(2000, 2100).When(r => r.Year is not null).WithMessage("年度须在 2000 到 2100 之间。");
    }
}

public sealed class AddFindingValidator : AbstractValidator<AddFinding>
{
    public AddFindingValidator()
    {
        RuleFor(r => r.Problem).Required(OversightLimits.Problem);
        RuleFor(r => r.Category).Required(OversightLimits.Category);
        RuleFor(r => r.UnitId).NotEmpty().WithMessage("不能为空。").IsSlug();
        RuleFor(r => r.Person).Optional(OversightLimits.Person);
        RuleFor(r => r.Severity).NotNull().WithMessage("不能为空。").IsInEnum();
        RuleFor(r => r.Basis).Optional(OversightLimits.Basis);
        RuleFor(r => r.LeaderId).NotEmpty().WithMessage("不能为空。").IsSlug();
        RuleFor(r => r.Measures).Required(OversightLimits.Measures);
        RuleFor(r => r.DueDate).NotNull().WithMessage("不能为空。");
    }
}

public sealed class InspectionHandlers(IGrainFactory grains, CallerAccessor callers, IServiceProvider services) :
    IRequestHandler<RecordInspection, InspectionResponse>,
    IRequestHandler<ListInspections, InspectionResponse[]>,
    IRequestHandler<GetInspection, InspectionResponse>,
    IRequestHandler<AddFinding, RectificationResponse>
{
    public async ValueTask<InspectionResponse> Handle(RecordInspection r, CancellationToken cancellationToken)
    {
        var caller = await callers.Get();
        // A Leader records only a check they took part in: they are named among its inspectors.
        if (caller.Role == Role.Leader && !(caller.LeaderId is { } me && r.InspectorIds!.Contains(me)))
        {
            throw new ForbiddenException("班子成员只能记录本人参加的检查（检查人员须包括本人）。");
        }

        var inspection = await grains.GetGrain<IInspectionGrain>(RecordIds.New()).Record(
            new InspectionDraft(r.BrigadeId, r.Kind!.Value, r.Date!.Value, r.Title!, r.InspectorIds!, r.UnitIds!, r.Summary!), caller.Username);
        return await new InspectionResponses(grains, services).Inspection(inspection, []);
    }

    public async ValueTask<InspectionResponse[]> Handle(ListInspections r, CancellationToken cancellationToken)
    {
        var caller = await callers.Get();
        var info = await grains.GetGrain<IBrigadeGrain>(r.BrigadeId).GetInfo();
        var callerLeader = Array.Find(info.Leaders, l => l.Id == caller.LeaderId);
        var responses = new InspectionResponses(grains, services);
        var found = new List<InspectionResponse>();
        foreach (var inspection in await grains.GetGrain<IOversightGrain>(r.BrigadeId).ListInspections(r.Year))
        {
            if (AccessPolicy.CanActOnInspection(caller, inspection, InspectionAction.Read, callerLeader))
            {
                found.Add(await responses.Inspection(inspection, []));
            }
        }

        return [.. found];
    }

    public async ValueTask<InspectionResponse> Handle(GetInspection r, CancellationToken cancellationToken)
    {
        var caller = await callers.Get();
        var inspection = await InspectionLookup.Find(grains, caller, r.InspectionId) ?? throw DomainException.NotFound("检查不存在。");
        var items = await grains.GetGrain<IOversightGrain>(inspection.BrigadeId).ListRectifications(new RectificationFilter(InspectionId: inspection.Id));
        var info = await grains.GetGrain<IBrigadeGrain>(inspection.BrigadeId).GetInfo();
        var callerLeader = Array.Find(info.Leaders, l => l.Id == caller.LeaderId);
        var readable = items.Where(i => AccessPolicy.CanActOnRectification(caller, i, inspection.InspectorIds, RectificationAction.Read, callerLeader))
            .OrderBy(i => RectificationIds.Parse(i.Id)?.Number).ToArray();
        return await new InspectionResponses(grains, services).Inspection(inspection, readable);
    }

    public async ValueTask<RectificationResponse> Handle(AddFinding r, CancellationToken cancellationToken)
    {
        var caller = await callers.Get();
        var item = await grains.GetGrain<IInspectionGrain>(r.InspectionId).AddFinding(
            new FindingDraft(r.Problem!, r.Category!, r.UnitId!, r.Person, r.Severity!.Value, r.Basis, r.LeaderId!, r.Measures!, r.DueDate!.Value),
            caller.Username);
        return await new InspectionResponses(grains, services).Item(item);
    }
}
