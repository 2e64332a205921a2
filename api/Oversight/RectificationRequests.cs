namespace Responsibility.Api.Oversight;

using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using FluentValidation;
using Mediator;
using Responsibility.Api.Attachments;
using Responsibility.Api.Common;
using Responsibility.Api.Ledger;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Oversight;
using Responsibility.Reports.Ledger;

/// <summary>The 整改台账: the brigade's items by unit, state and overdue today, those the caller may read; as JSON or .xlsx.</summary>
public sealed record ListRectifications(string BrigadeId, RectificationState? State, string? UnitId, bool? Overdue)
    : IRequest<RectificationResponse[]>, IAuthorizedRequest
{
    public Permission Permission => new Permission.Brigade(BrigadeId, BrigadeAction.ReadInspections);
}

/// <summary>The 整改台账 as the .xlsx offices exchange (the same items and filter as <see cref="ListRectifications"/>).</summary>
public sealed record ExportRectifications(string BrigadeId, RectificationState? State, string? UnitId, bool? Overdue)
    : IRequest<LedgerDownload>, IAuthorizedRequest
{
    public Permission Permission => new Permission.Brigade(BrigadeId, BrigadeAction.ReadInspections);
}

public sealed record GetRectification(string RectificationId) : IRequest<RectificationResponse>, IAuthorizedRequest
{
    public Permission Permission => new Permission.Rectification(RectificationId, RectificationAction.Read);
}

/// <summary>整改情况 from the head of the unit responsible, with evidence files uploaded before (the caller's own).</summary>
public sealed record ReportRectification([property: Required] string? Text, string[]? AttachmentIds)
    : IRequest<RectificationResponse>, IAuthorizedRequest
{
    [JsonIgnore]
    public string RectificationId { get; init; } = "";

    public Permission Permission => new Permission.Rectification(RectificationId, RectificationAction.Report);
}

/// <summary>销号: only a reported item whose report carries evidence (409 otherwise).</summary>
public sealed record CloseRectification(string RectificationId) : IRequest<RectificationResponse>, IAuthorizedRequest
{
    public Permission Permission => new Permission.Rectification(RectificationId, RectificationAction.Check);
}

/// <summary>退回 a reported item with a reason.</summary>
public sealed record ReturnRectification([property: Required] string? Reason) : IRequest<RectificationResponse>, IAuthorizedRequest
{
    [JsonIgnore]
    public string RectificationId { get; init; } = "";

    public Permission Permission => new Permission.Rectification(RectificationId, RectificationAction.Check);
}

public sealed class ListRectificationsValidator : AbstractValidator<ListRectifications>
{
    public ListRectificationsValidator()
    {
        RuleFor(r => r.BrigadeId).IsSlug();
        RuleFor(r => r.UnitId).IsSlug().When(r => r.UnitId is not null);
        RuleFor(r => r.State).IsInEnum();
    }
}

public sealed class ExportRectificationsValidator : AbstractValidator<ExportRectifications>
{
    public ExportRectificationsValidator()
    {
        RuleFor(r => r.BrigadeId).IsSlug();
        RuleFor(r => r.UnitId).IsSlug().When(r => r.UnitId is not null);
        RuleFor(r => r.State).IsInEnum();
    }
}

public sealed class ReportRectificationValidator : AbstractValidator<ReportRectification>
{
    public ReportRectificationValidator()
    {
        RuleFor(r => r.Text).Required(OversightLimits.ReportText);
        RuleFor(r => r.AttachmentIds).AreAttachmentIds();
    }
}

public sealed class ReturnRectificationValidator : AbstractValidator<ReturnRectification>
{
    public ReturnRectificationValidator() => RuleFor(r => r.Reason).Required(OversightLimits.Reason);
}

public sealed class RectificationHandlers(IGrainFactory grains, CallerAccessor callers, IServiceProvider services) :
    IRequestHandler<ListRectifications, RectificationResponse[]>,
    IRequestHandler<ExportRectifications, LedgerDownload>,
    IRequestHandler<GetRectification, RectificationResponse>,
    IRequestHandler<ReportRectification, RectificationResponse>,
    IRequestHandler<CloseRectification, RectificationResponse>,
    IRequestHandler<ReturnRectification, RectificationResponse>
{
    public async ValueTask<RectificationResponse[]> Handle(ListRectifications r, CancellationToken cancellationToken) =>
        await new InspectionResponses(grains, services).Items(r.BrigadeId, await Readable(r.BrigadeId, r.State, r.UnitId, r.Overdue));

    public async ValueTask<LedgerDownload> Handle(ExportRectifications r, CancellationToken cancellationToken)
    {
        var info = await grains.GetGrain<IBrigadeGrain>(r.BrigadeId).GetInfo();
        var items = await new InspectionResponses(grains, services).Items(r.BrigadeId, await Readable(r.BrigadeId, r.State, r.UnitId, r.Overdue));
        var rows = items.Select(i => new RectificationRow(
            i.InspectionTitle, i.Problem, i.Category, i.UnitName, i.LeaderName, i.Measures, i.OriginalDue, i.Due, i.ExtensionCount,
            i.StateName, i.Overdue, i.RepeatOf is not null)).ToArray();
        return new LedgerDownload(RectificationWorkbook.FileName(info), RectificationWorkbook.Write(rows));
    }

    public async ValueTask<RectificationResponse> Handle(GetRectification r, CancellationToken cancellationToken)
    {
        var (item, _) = await InspectionLookup.FindItem(grains, await callers.Get(), r.RectificationId) ?? throw DomainException.NotFound("整改事项不存在。");
        return await new InspectionResponses(grains, services).Item(item);
    }

    public async ValueTask<RectificationResponse> Handle(ReportRectification r, CancellationToken cancellationToken)
    {
        var (unit, caller) = await Unit(r.RectificationId);
        return await Answer(await unit.ReportRectification(r.RectificationId, r.Text!, r.AttachmentIds ?? [], caller));
    }

    public async ValueTask<RectificationResponse> Handle(CloseRectification r, CancellationToken cancellationToken)
    {
        var (unit, caller) = await Unit(r.RectificationId);
        return await Answer(await unit.CloseRectification(r.RectificationId, caller));
    }

    public async ValueTask<RectificationResponse> Handle(ReturnRectification r, CancellationToken cancellationToken)
    {
        var (unit, caller) = await Unit(r.RectificationId);
        return await Answer(await unit.ReturnRectification(r.RectificationId, r.Reason!, caller));
    }

    private Task<RectificationResponse> Answer(Rectification item) => new InspectionResponses(grains, services).Item(item);

    private async Task<(IUnitGrain Unit, string Username)> Unit(string rectificationId)
    {
        var caller = await callers.Get();
        var (item, _) = await InspectionLookup.FindItem(grains, caller, rectificationId) ?? throw DomainException.NotFound("整改事项不存在。");
        return (grains.GetGrain<IUnitGrain>(GrainKeys.Unit(item.BrigadeId, item.UnitId)), caller.Username);
    }

    private async Task<Rectification[]> Readable(string brigadeId, RectificationState? state, string? unitId, bool? overdue)
    {
        var caller = await callers.Get();
        var info = await grains.GetGrain<IBrigadeGrain>(brigadeId).GetInfo();
        if (unitId is not null && Array.TrueForAll(info.Units, u => u.Id != unitId))
        {
            throw DomainException.NotFound($"单位 {unitId} 不存在。");
        }

        var callerLeader = Array.Find(info.Leaders, l => l.Id == caller.LeaderId);
        var oversight = grains.GetGrain<IOversightGrain>(brigadeId);
        var items = await oversight.ListRectifications(new RectificationFilter(unitId, state, overdue));
        var inspectors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var id in items.Select(i => i.InspectionId).Distinct())
        {
            inspectors[id] = (await oversight.FindInspection(id))?.InspectorIds ?? [];
        }

        return [.. items.Where(i => AccessPolicy.CanActOnRectification(caller, i, inspectors[i.InspectionId], RectificationAction.Read, callerLeader))];
    }
}
