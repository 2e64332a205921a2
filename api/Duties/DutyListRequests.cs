namespace Responsibility.Api.Duties;

using System.Text.Json.Serialization;
using FluentValidation;
using Mediator;
using Responsibility.Api.Common;
using Responsibility.Api.Pages;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Duties;
using Responsibility.Grains.Abstractions.Tasks;

/// <summary>The year's 责任清单 (default: this year): everyone in the brigade reads it.</summary>
public sealed record ListDuties(string BrigadeId, int? Year) : IRequest<DutyListResponse>, IAuthorizedRequest
{
    public Permission Permission => new Permission.Brigade(BrigadeId, BrigadeAction.ReadDuties);
}

public sealed record DutyListResponse(int Year, DutyItem[] Items);

/// <summary>An item of the year's list as the office writes it (PUT creates or changes it by its id).</summary>
public sealed record PutDutyItem(
    string? Section, string? Title, string? Requirement, DutyLine? DutyLine, Cadence? Cadence, DateOnly? DueDate, string? Evidence,
    DutyAssignees? Assignees, string[]? TaskIds) : IRequest<DutyItem>, IAuthorizedRequest
{
    [JsonIgnore]
    public string BrigadeId { get; init; } = "";

    [JsonIgnore]
    public int Year { get; init; }

    [JsonIgnore]
    public string ItemId { get; init; } = "";

    public Permission Permission => new Permission.Brigade(BrigadeId, BrigadeAction.ManageDuties);

    public DutyItem ToItem() => new(
        ItemId, Year, Section!.Trim(), Title!.Trim(), Requirement?.Trim() ?? "", DutyLine!.Value, Cadence!.Value, DueDate,
        Evidence?.Trim() ?? "", Assignees!, TaskIds ?? []);
}

/// <summary>Removes an item nothing has been recorded against (409 otherwise).</summary>
public sealed record RemoveDutyItem(string BrigadeId, int Year, string ItemId) : IRequest, IAuthorizedRequest
{
    public Permission Permission => new Permission.Brigade(BrigadeId, BrigadeAction.ManageDuties);
}

/// <summary>Last year's list (or <see cref="From"/>'s) into an empty year in one action.</summary>
public sealed record CopyDuties(string BrigadeId, int Year, int? From) : IRequest<DutyListResponse>, IAuthorizedRequest
{
    public Permission Permission => new Permission.Brigade(BrigadeId, BrigadeAction.ManageDuties);
}

public sealed class PutDutyItemValidator : AbstractValidator<PutDutyItem>
{
    public PutDutyItemValidator()
    {
        RuleFor(r => r.BrigadeId).IsSlug();
        RuleFor(r => r.ItemId).IsSlug();
        RuleFor(r => r.Year).IsDutyYear();
        RuleFor(r => r.Section).Required(TextRules.Name);
        RuleFor(r => r.Title).Required(TextRules.Title);
        RuleFor(r => r.Requirement).Optional(TextRules.Note);
        RuleFor(r => r.Evidence).Optional(TextRules.Title);
        RuleFor(r => r.DutyLine).NotNull().WithMessage("须选择业务工作或法治建设·党风廉政。").IsInEnum().WithMessage("须选择业务工作或法治建设·党风廉政。");
        RuleFor(r => r.Cadence).NotNull().WithMessage("须选择履责频次。").IsInEnum().WithMessage("履责频次须为一次性、每月、每季度、每半年或每年。");
        RuleFor(r => r.Assignees).NotNull().WithMessage("须指定责任主体。");
        RuleFor(r => r.Assignees!.LeaderIds).NotNull().Must(ids => ids.Length <= 50).WithMessage("最多 50 名班子成员。")
            .ForEach(id => id.IsSlug()).When(r => r.Assignees is not null).OverridePropertyName("assignees.leaderIds");
        RuleFor(r => r.Assignees!.UnitIds).NotNull().Must(ids => ids.Length <= 100).WithMessage("最多 100 个单位。")
            .ForEach(id => id.IsSlug()).When(r => r.Assignees is not null).OverridePropertyName("assignees.unitIds");
        RuleFor(r => r.TaskIds).Must(ids => ids is null || (ids.Length <= 50 && ids.All(TaskIds.IsWellFormed)))
            .WithMessage("关联任务须为任务编号，最多 50 项。");
    }
}

public sealed class CopyDutiesValidator : AbstractValidator<CopyDuties>
{
    public CopyDutiesValidator()
    {
        RuleFor(r => r.BrigadeId).IsSlug();
        RuleFor(r => r.Year).IsDutyYear();
        RuleFor(r => r.From).IsDutyYear();
    }
}

public sealed class DutyListHandlers(IGrainFactory grains, CallerAccessor callers, IServiceProvider services) :
    IRequestHandler<ListDuties, DutyListResponse>,
    IRequestHandler<PutDutyItem, DutyItem>,
    IRequestHandler<RemoveDutyItem>,
    IRequestHandler<CopyDuties, DutyListResponse>
{
    public async ValueTask<DutyListResponse> Handle(ListDuties r, CancellationToken cancellationToken)
    {
        var settings = await grains.GetGrain<IBrigadeGrain>(r.BrigadeId).GetSettings();
        var year = r.Year ?? BrigadeDay.Today(services, settings.TimeZone).Year;
        return new(year, await List(r.BrigadeId, year).List());
    }

    public async ValueTask<DutyItem> Handle(PutDutyItem r, CancellationToken cancellationToken) =>
        await List(r.BrigadeId, r.Year).Put(r.ToItem(), (await callers.Get()).Username);

    public async ValueTask<Unit> Handle(RemoveDutyItem r, CancellationToken cancellationToken)
    {
        await List(r.BrigadeId, r.Year).Remove(r.ItemId, (await callers.Get()).Username);
        return Unit.Value;
    }

    public async ValueTask<DutyListResponse> Handle(CopyDuties r, CancellationToken cancellationToken) =>
        new(r.Year, await List(r.BrigadeId, r.Year).CopyFrom(r.From ?? r.Year - 1, (await callers.Get()).Username));

    private IDutyListGrain List(string brigadeId, int year) => grains.GetGrain<IDutyListGrain>(GrainKeys.DutyList(brigadeId, year));
}
