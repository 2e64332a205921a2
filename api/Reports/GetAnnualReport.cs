namespace Responsibility.Api.Reports;

using FluentValidation;
using Mediator;
using Responsibility.Api.Common;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Reports;

public sealed record GetAnnualReport(string BrigadeId, int Year, DateOnly? AsOf) : IRequest<AnnualReport>, IAuthorizedRequest
{
    public Permission Permission => new Permission.Brigade(BrigadeId, BrigadeAction.ReadReports);
}

public sealed class GetAnnualReportValidator : AbstractValidator<GetAnnualReport>
{
    public GetAnnualReportValidator()
    {
        RuleFor(r => r.BrigadeId).IsSlug();
        RuleFor(r => r.Year).InclusiveBetween(2000, 2100).WithMessage("年度须在 2000 到 2100 之间。");
    }
}

/// <summary>The draft as the caller may read it: notes only where the caller reads the task's entries (SPEC §3).</summary>
public sealed class GetAnnualReportHandler(IGrainFactory grains, CallerAccessor callers) : IRequestHandler<GetAnnualReport, AnnualReport>
{
    public async ValueTask<AnnualReport> Handle(GetAnnualReport r, CancellationToken cancellationToken)
    {
        var report = await grains.GetGrain<IAnnualReportGrain>(GrainKeys.AnnualReport(r.BrigadeId, r.Year)).Compose(r.AsOf);
        return await ReportScope.For(grains, await callers.Get(), r.BrigadeId, ReportScope.TaskIds(report)) is { } scope ? scope.Apply(report) : report;
    }
}
