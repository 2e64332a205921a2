namespace Responsibility.Api.Duties;

using Mediator;
using Responsibility.Api.Common;
using Responsibility.Api.Pages;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Duties;
using Responsibility.Grains.Abstractions.Org;
using Responsibility.Reports.Layouts;

/// <summary>What a 责任书 says, for its document (md, html, docx): read by whoever reads the 责任书 itself.</summary>
public sealed record GetPledgeDocument(string PledgeId) : IRequest<PledgeContent>, IAuthorizedRequest
{
    public Permission Permission => new Permission.Pledge(PledgeId, PledgeAction.Read);
}

public sealed class GetPledgeDocumentHandler(IGrainFactory grains, CallerAccessor callers, IServiceProvider services)
    : IRequestHandler<GetPledgeDocument, PledgeContent>
{
    public async ValueTask<PledgeContent> Handle(GetPledgeDocument r, CancellationToken cancellationToken)
    {
        var pledge = await Pledges.Find(grains, r.PledgeId, await callers.Get());
        var brigade = await grains.GetGrain<IBrigadeGrain>(pledge.PartyB.BrigadeId).GetInfo();
        var items = await grains.GetGrain<IDutyListGrain>(GrainKeys.DutyList(brigade.Id, pledge.Year)).List();
        return new PledgeContent(
            brigade.Settings.Name, brigade.Settings.PartyOrgName, pledge.Year, Side(brigade, DutyHolder.Leader(brigade.Id, pledge.PartyA)),
            Side(brigade, pledge.PartyB), [.. items.Where(i => pledge.ItemIds.Contains(i.Id))], pledge.Signature?.SignedOn,
            BrigadeDay.Today(services, brigade.Settings.TimeZone));
    }

    /// <summary>A leader by post and name; a unit as "法制室负责人" with its head's name where the brigade has it.</summary>
    private static PledgeSide Side(BrigadeInfo brigade, DutyHolder holder)
    {
        if (holder.Kind == DutyHolderKind.Leader)
        {
            var leader = Array.Find(brigade.Leaders, l => l.Id == holder.Id);
            return new PledgeSide(leader?.Post ?? "", leader?.Name ?? holder.Id);
        }

        var unit = Array.Find(brigade.Units, u => u.Id == holder.Id);
        return new PledgeSide($"{unit?.Name ?? holder.Id}负责人", unit?.Head is { Length: > 0 } head ? head : null, IsUnit: true);
    }
}
