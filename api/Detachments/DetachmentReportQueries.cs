namespace Responsibility.Api.Detachments;

using FluentValidation;
using Mediator;
using Responsibility.Api.Common;
using Responsibility.Api.Reports;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Detachments;

/// <summary>The months of a detachment's 月度调度通报: every account of the detachment reads them.</summary>
public sealed record ListDetachmentReports(string DetachmentId) : IRequest<DetachmentReportList>, IAuthorizedRequest
{
    public Permission Permission => new Permission.Detachment(DetachmentId, DetachmentAction.Read);
}

/// <summary>A stored version of a month's 月度调度通报 (default: the latest).</summary>
public sealed record GetDetachmentReport(string DetachmentId, string Month, int? Version) : IRequest<DetachmentReport>, IAuthorizedRequest
{
    public Permission Permission => new Permission.Detachment(DetachmentId, DetachmentAction.Read);
}

/// <summary>A new version of an ended month's 月度调度通报: the detachment's leaders issue its documents.</summary>
public sealed record GenerateDetachmentReport(string DetachmentId, string Month) : IRequest<DetachmentReport>, IAuthorizedRequest
{
    public Permission Permission => new Permission.Detachment(DetachmentId, DetachmentAction.Issue);
}

/// <summary>The detachment (its name, the time zone its months are counted in) and its reports, newest month first.</summary>
public sealed record DetachmentReportList(string DetachmentId, string Name, string TimeZone, DetachmentReportInfo[] Reports);

public sealed class ListDetachmentReportsValidator : AbstractValidator<ListDetachmentReports>
{
    public ListDetachmentReportsValidator() => RuleFor(r => r.DetachmentId).IsSlug();
}

public sealed class GetDetachmentReportValidator : AbstractValidator<GetDetachmentReport>
{
    public GetDetachmentReportValidator()
    {
        RuleFor(r => r.DetachmentId).IsSlug();
        RuleFor(r => r.Month).IsMonth();
        RuleFor(r => r.Version).GreaterThan(0).WithMessage("版本号须大于 0。");
    }
}

public sealed class GenerateDetachmentReportValidator : AbstractValidator<GenerateDetachmentReport>
{
    public GenerateDetachmentReportValidator()
    {
        RuleFor(r => r.DetachmentId).IsSlug();
        RuleFor(r => r.Month).IsMonth();
    }
}

public sealed class DetachmentReportHandlers(IGrainFactory grains, CallerAccessor callers) :
    IRequestHandler<ListDetachmentReports, DetachmentReportList>,
    IRequestHandler<GetDetachmentReport, DetachmentReport>,
    IRequestHandler<GenerateDetachmentReport, DetachmentReport>
{
    public async ValueTask<DetachmentReportList> Handle(ListDetachmentReports r, CancellationToken cancellationToken)
    {
        var detachment = grains.GetGrain<IDetachmentGrain>(r.DetachmentId);
        var info = await detachment.GetInfo();
        return new DetachmentReportList(info.Id, info.Settings.Name, info.Settings.TimeZone, await detachment.ListMonthlyReports());
    }

    public async ValueTask<DetachmentReport> Handle(GetDetachmentReport r, CancellationToken cancellationToken)
    {
        ReportMonth.TryParse(r.Month, out var month);
        return await grains.GetGrain<IDetachmentGrain>(r.DetachmentId).GetMonthlyReport(month.Year, month.Month, r.Version);
    }

    public async ValueTask<DetachmentReport> Handle(GenerateDetachmentReport r, CancellationToken cancellationToken)
    {
        ReportMonth.TryParse(r.Month, out var month);
        var caller = await callers.Get();
        return await grains.GetGrain<IDetachmentGrain>(r.DetachmentId).GenerateMonthlyReport(month.Year, month.Month, caller.Username);
    }
}
