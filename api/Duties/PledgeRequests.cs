namespace Responsibility.Api.Duties;

using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using FluentValidation;
using Mediator;
using Responsibility.Api.Attachments;
using Responsibility.Api.Common;
using Responsibility.Api.Pages;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Attachments;
using Responsibility.Grains.Abstractions.Duties;
using Responsibility.Grains.Abstractions.Org;

/// <summary>The year's 责任书, one per pair, and the share signed (签订率): figures, open in the brigade.</summary>
public sealed record ListPledges(string BrigadeId, int? Year) : IRequest<PledgeListResponse>, IAuthorizedRequest
{
    public Permission Permission => new Permission.Brigade(BrigadeId, BrigadeAction.ReadDuties);
}

public sealed record GetPledge(string PledgeId) : IRequest<PledgeResponse>, IAuthorizedRequest
{
    public Permission Permission => new Permission.Pledge(PledgeId, PledgeAction.Read);
}

/// <summary>The office records a 责任书 as signed, on a date, with the scan of the signed copy (an upload of its own).</summary>
public sealed record SignPledge([property: Required] DateOnly? SignedOn, string? AttachmentId) : IRequest<PledgeResponse>, IAuthorizedRequest
{
    [JsonIgnore]
    public string PledgeId { get; init; } = "";

    public Permission Permission => new Permission.Pledge(PledgeId, PledgeAction.Sign);
}

/// <summary>
/// 签订率 as the dashboard shows it: <see cref="Signed"/> of <see cref="Total"/> pledges (one per pair) signed, and
/// <see cref="SignedRate"/> = signed ÷ total (1 when the brigade has no pair yet).
/// </summary>
public sealed record PledgeListResponse(int Year, double SignedRate, int Signed, int Total, PledgeResponse[] Pledges);

/// <summary>A 责任书 as the API shows it: the parties by name, the items the second party holds, and its signing.</summary>
public sealed record PledgeResponse(
    string Id, int Year, PledgeParty PartyA, PledgeParty PartyB, DutyItem[] Items, DateOnly? SignedOn, AttachmentResponse? Scan)
{
    public static PledgeResponse From(Pledge p, BrigadeInfo brigade, IEnumerable<DutyItem> items) => new(
        p.Id, p.Year, PledgeParty.Of(brigade, DutyHolder.Leader(brigade.Id, p.PartyA)), PledgeParty.Of(brigade, p.PartyB),
        [.. items.Where(i => p.ItemIds.Contains(i.Id))], p.Signature?.SignedOn,
        p.Signature?.Scan is { } scan ? AttachmentResponse.From(scan) : null);
}

public sealed record PledgeParty(string? LeaderId, string? UnitId, string Name, string Title)
{
    public static PledgeParty Of(BrigadeInfo brigade, DutyHolder holder)
    {
        if (holder.Kind == DutyHolderKind.Leader)
        {
            var leader = Array.Find(brigade.Leaders, l => l.Id == holder.Id);
            return new(holder.Id, null, leader?.Name ?? holder.Id, leader?.Post ?? "");
        }

        var unit = Array.Find(brigade.Units, u => u.Id == holder.Id);
        return new(null, holder.Id, unit?.Name ?? holder.Id, unit?.Head is { Length: > 0 } head ? $"负责人{head}" : "");
    }
}

public sealed class ListPledgesValidator : AbstractValidator<ListPledges>
{
    public ListPledgesValidator()
    {
        RuleFor(r => r.BrigadeId).IsSlug();
        RuleFor(r => r.Year).IsDutyYear();
    }
}

public sealed class SignPledgeValidator : AbstractValidator<SignPledge>
{
    public SignPledgeValidator()
    {
        RuleFor(r => r.SignedOn).NotNull().WithMessage("须填写签订日期。");
        RuleFor(r => r.AttachmentId).Must(id => id is null || AttachmentIds.IsWellFormed(id)).WithMessage("附件须为上传文件时得到的编号。");
    }
}

public sealed class PledgeHandlers(IGrainFactory grains, CallerAccessor callers, IServiceProvider services) :
    IRequestHandler<ListPledges, PledgeListResponse>,
    IRequestHandler<GetPledge, PledgeResponse>,
    IRequestHandler<SignPledge, PledgeResponse>
{
    public async ValueTask<PledgeListResponse> Handle(ListPledges r, CancellationToken cancellationToken)
    {
        var brigade = await grains.GetGrain<IBrigadeGrain>(r.BrigadeId).GetInfo();
        var year = r.Year ?? BrigadeDay.Today(services, brigade.Settings.TimeZone).Year;
        var list = grains.GetGrain<IDutyListGrain>(GrainKeys.DutyList(r.BrigadeId, year));
        var (pledges, items) = (await list.GetPledges(), await list.List());
        var signed = pledges.Count(p => p.Signature is not null);
        return new(year, pledges.Length == 0 ? 1 : (double)signed / pledges.Length, signed, pledges.Length,
            [.. pledges.Select(p => PledgeResponse.From(p, brigade, items))]);
    }

    public async ValueTask<PledgeResponse> Handle(GetPledge r, CancellationToken cancellationToken) =>
        await Response(await Pledges.Find(grains, r.PledgeId, await callers.Get()));

    public async ValueTask<PledgeResponse> Handle(SignPledge r, CancellationToken cancellationToken)
    {
        var caller = await callers.Get();
        var pledge = await Pledges.Find(grains, r.PledgeId, caller);
        await grains.Grain(pledge.PartyB).SignPledge(r.PledgeId, r.SignedOn!.Value, r.AttachmentId, caller.Username);
        return await Response(await Pledges.Find(grains, r.PledgeId, caller));
    }

    private async Task<PledgeResponse> Response(Pledge pledge)
    {
        var brigade = await grains.GetGrain<IBrigadeGrain>(pledge.PartyB.BrigadeId).GetInfo();
        var items = await grains.GetGrain<IDutyListGrain>(GrainKeys.DutyList(brigade.Id, pledge.Year)).List();
        return PledgeResponse.From(pledge, brigade, items);
    }
}
