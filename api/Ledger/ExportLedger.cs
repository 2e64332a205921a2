namespace Responsibility.Api.Ledger;

using FluentValidation;
using Mediator;
using Responsibility.Api.Brigades;
using Responsibility.Api.Common;
using Responsibility.Api.Pages;
using Responsibility.Grains.Abstractions;
using Responsibility.Reports.Ledger;

/// <summary>导出台账: a year's tasks with their progress and latest notes as an .xlsx (default: this year).</summary>
public sealed record ExportLedger(string BrigadeId, int? Year, string? Format) : IRequest<LedgerDownload>, IAuthorizedRequest
{
    public Permission Permission => new Permission.Brigade(BrigadeId, BrigadeAction.ExportLedger);
}

public sealed record LedgerDownload(string FileName, byte[] Content)
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}

public sealed class ExportLedgerValidator : AbstractValidator<ExportLedger>
{
    public ExportLedgerValidator()
    {
        RuleFor(r => r.BrigadeId).IsSlug();
        RuleFor(r => r.Year).InclusiveBetween(2000, 2100).WithMessage("年度须在 2000 到 2100 之间。");
        RuleFor(r => r.Format).Must(f => f is null or "xlsx").WithMessage("台账只能导出为 xlsx。");
    }
}

public sealed class ExportLedgerHandler(IGrainFactory grains, ISender sender, IServiceProvider services)
    : IRequestHandler<ExportLedger, LedgerDownload>
{
    public async ValueTask<LedgerDownload> Handle(ExportLedger r, CancellationToken cancellationToken)
    {
        var brigade = await sender.Send(new GetBrigade(r.BrigadeId), cancellationToken);
        var year = r.Year ?? BrigadeDay.Today(services, brigade.Settings.TimeZone).Year;
        var lines = await grains.GetGrain<ILedgerGrain>(r.BrigadeId).Export(year);
        return new LedgerDownload(LedgerWorkbook.FileName(brigade, year), LedgerWorkbook.Write(brigade, year, lines));
    }
}
