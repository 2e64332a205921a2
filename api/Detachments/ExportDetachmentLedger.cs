namespace Responsibility.Api.Detachments;

using FluentValidation;
using Mediator;
using Responsibility.Api.Common;
using Responsibility.Api.Ledger;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Tasks;
using Responsibility.Reports.Ledger;

/// <summary>汇总台账: the dashboard's figures and each brigade's tasks of the year as they stand today, as one .xlsx.</summary>
public sealed record ExportDetachmentLedger(string DetachmentId, int? Year, string? Format) : IRequest<LedgerDownload>, IAuthorizedRequest
{
    public Permission Permission => new Permission.Detachment(DetachmentId, DetachmentAction.ReadDetails);
}

public sealed class ExportDetachmentLedgerValidator : AbstractValidator<ExportDetachmentLedger>
{
    public ExportDetachmentLedgerValidator()
    {
        RuleFor(r => r.DetachmentId).IsSlug();
        RuleFor(r => r.Year).Year();
        RuleFor(r => r.Format).Must(f => f is null or "xlsx").WithMessage("汇总台账只能导出为 xlsx。");
    }
}

public sealed class ExportDetachmentLedgerHandler(IGrainFactory grains) : IRequestHandler<ExportDetachmentLedger, LedgerDownload>
{
    public async ValueTask<LedgerDownload> Handle(ExportDetachmentLedger r, CancellationToken cancellationToken)
    {
        var detachment = grains.GetGrain<IDetachmentGrain>(r.DetachmentId);
        var info = await detachment.GetInfo();
        var dashboard = await detachment.GetDashboard(r.Year, null);
        var sheets = await Task.WhenAll(dashboard.Brigades.Select(async row =>
        {
            var brigade = grains.GetGrain<IBrigadeGrain>(row.BrigadeId);
            return new DetachmentWorkbook.BrigadeTasks(
                await brigade.GetInfo(), await brigade.ListTasks(new TaskFilter(Year: dashboard.Year), dashboard.AsOf));
        }));
        return new LedgerDownload(
            DetachmentWorkbook.FileName(info.Settings.Name, dashboard.Year), DetachmentWorkbook.Write(dashboard, sheets));
    }
}
