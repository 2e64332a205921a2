namespace Responsibility.Api.Detachments;

using FluentValidation;
using Mediator;
using Responsibility.Api.Common;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Detachments;

/// <summary>The detachment's dashboard for a year (default: this year) as of a day (default: today), every account of it.</summary>
public sealed record GetDetachmentDashboard(string DetachmentId, int? Year, DateOnly? AsOf)
    : IRequest<DetachmentDashboardResponse>, IAuthorizedRequest
{
    public Permission Permission => new Permission.Detachment(DetachmentId, DetachmentAction.Read);
}

/// <summary>One row per brigade, ranked by score (equal scores share a rank; brigades without a score last, unranked).</summary>
public sealed record DetachmentDashboardResponse(string DetachmentId, string Name, int Year, DateOnly AsOf, DetachmentDashboardRow[] Brigades);

public sealed class GetDetachmentDashboardValidator : AbstractValidator<GetDetachmentDashboard>
{
    public GetDetachmentDashboardValidator()
    {
        RuleFor(r => r.DetachmentId).IsSlug();
        RuleFor(r => r.Year).Year();
        RuleFor(r => r.AsOf).Day();
    }
}

public sealed class GetDetachmentDashboardHandler(IGrainFactory grains) : IRequestHandler<GetDetachmentDashboard, DetachmentDashboardResponse>
{
    public async ValueTask<DetachmentDashboardResponse> Handle(GetDetachmentDashboard r, CancellationToken cancellationToken)
    {
        var detachment = grains.GetGrain<IDetachmentGrain>(r.DetachmentId);
        var info = await detachment.GetInfo();
        var dashboard = await detachment.GetDashboard(r.Year, r.AsOf);
        return new(info.Id, info.Settings.Name, dashboard.Year, dashboard.AsOf, dashboard.Brigades);
    }
}
