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

public sealed class GetAnnualReportHandler(IGrainFactory grains) : IRequestHandler<GetAnnualReport, AnnualReport>
{
    public async ValueTask<AnnualReport> Handle(GetAnnualReport r, CancellationToken cancellationToken) =>
        await grains.GetGrain<IAnnualReportGrain>(GrainKeys.AnnualReport(r.BrigadeId, r.Year)).Compose(r.AsOf);
}
