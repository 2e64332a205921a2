namespace Responsibility.Api.Duties;

using FluentValidation;
using Mediator;
using Responsibility.Api.Common;
using Responsibility.Api.Pages;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Duties;

/// <summary>A leader's or a unit's 清单 of a year with its slots on a day: figures, open in the brigade.</summary>
public sealed record GetHolderDuties(DutyHolder Holder, int? Year, DateOnly? AsOf) : IRequest<DutySheetResponse>, IAuthorizedRequest
{
    public Permission Permission => new Permission.Holder(Holder, HolderAction.ReadDuties);
}

/// <summary>A leader's or a unit's records (履责纪实) of a year, newest first; a leader's include what the system made.</summary>
public sealed record ListDutyRecords(DutyHolder Holder, int? Year) : IRequest<DutyRecordResponse[]>, IAuthorizedRequest
{
    public Permission Permission => new Permission.Holder(Holder, HolderAction.ReadRecords);
}

/// <summary>
/// <see cref="Business"/> and <see cref="Accountability"/>: each line's slots so far (<c>due</c>: begun), recorded and missed.
/// </summary>
public sealed record DutySheetResponse(
    string? LeaderId, string? UnitId, string Name, int Year, DateOnly AsOf, DutyItemSlots[] Items, DutyCompletionResponse Completion);

public sealed record DutyCompletionResponse(DutyCompletion Business, DutyCompletion Accountability);

public sealed class HolderRequestValidator : AbstractValidator<GetHolderDuties>
{
    public HolderRequestValidator()
    {
        RuleFor(r => r.Holder.BrigadeId).IsSlug().OverridePropertyName("brigadeId");
        RuleFor(r => r.Holder.Id).IsSlug().OverridePropertyName("id");
        RuleFor(r => r.Year).IsDutyYear();
    }
}

public sealed class ListDutyRecordsValidator : AbstractValidator<ListDutyRecords>
{
    public ListDutyRecordsValidator()
    {
        RuleFor(r => r.Holder.BrigadeId).IsSlug().OverridePropertyName("brigadeId");
        RuleFor(r => r.Holder.Id).IsSlug().OverridePropertyName("id");
        RuleFor(r => r.Year).IsDutyYear();
    }
}

public sealed class HolderRequestHandlers(IGrainFactory grains, IServiceProvider services) :
    IRequestHandler<GetHolderDuties, DutySheetResponse>,
    IRequestHandler<ListDutyRecords, DutyRecordResponse[]>
{
    public async ValueTask<DutySheetResponse> Handle(GetHolderDuties r, CancellationToken cancellationToken)
    {
        var brigade = await grains.GetGrain<IBrigadeGrain>(r.Holder.BrigadeId).GetInfo();
        var year = r.Year ?? (r.AsOf ?? BrigadeDay.Today(services, brigade.Settings.TimeZone)).Year;
        var sheet = await grains.Grain(r.Holder).GetDuties(year, r.AsOf);
        var leader = r.Holder.Kind == DutyHolderKind.Leader;
        return new DutySheetResponse(
            leader ? r.Holder.Id : null, leader ? null : r.Holder.Id, DutyNames.Of(brigade, r.Holder), year, sheet.AsOf, sheet.Items,
            new(sheet.Business, sheet.Accountability));
    }

    public async ValueTask<DutyRecordResponse[]> Handle(ListDutyRecords r, CancellationToken cancellationToken)
    {
        var brigade = await grains.GetGrain<IBrigadeGrain>(r.Holder.BrigadeId).GetInfo();
        var year = r.Year ?? BrigadeDay.Today(services, brigade.Settings.TimeZone).Year;
        return await new DutyRecordResponses(grains).From(brigade, await grains.Grain(r.Holder).GetRecords(year));
    }
}
