namespace Responsibility.Api.Duties;

using FluentValidation;
using Mediator;
using Responsibility.Api.Common;
using Responsibility.Api.Ledger;
using Responsibility.Grains.Abstractions;
using Responsibility.Reports.Ledger;

/// <summary>
/// 导出责任清单: the year's list as an .xlsx, read as the list route reads it (everyone in the brigade); its 廉政风险点
/// sheet only for a reader of the register (SPEC §3: not a Viewer).
/// </summary>
public sealed record ExportDuties(string BrigadeId, int Year, string? Format) : IRequest<LedgerDownload>, IAuthorizedRequest
{
    public Permission Permission => new Permission.Brigade(BrigadeId, BrigadeAction.ReadDuties);
}

public sealed class ExportDutiesValidator : AbstractValidator<ExportDuties>
{
    public ExportDutiesValidator()
    {
        RuleFor(r => r.BrigadeId).IsSlug();
        RuleFor(r => r.Year).IsDutyYear();
        RuleFor(r => r.Format).Must(f => f is null or "xlsx").WithMessage("责任清单只能导出为 xlsx。");
    }
}

public sealed class ExportDutiesHandler(IGrainFactory grains, CallerAccessor callers) : IRequestHandler<ExportDuties, LedgerDownload>
{
    public async ValueTask<LedgerDownload> Handle(ExportDuties r, CancellationToken cancellationToken)
    {
        var brigadeGrain = grains.GetGrain<IBrigadeGrain>(r.BrigadeId);
        var brigade = await brigadeGrain.GetInfo();
        var items = await grains.GetGrain<IDutyListGrain>(GrainKeys.DutyList(r.BrigadeId, r.Year)).List();
        var tasks = await brigadeGrain.GetDefinitions([.. items.SelectMany(i => i.TaskIds).Distinct()]);
        var risks = AccessPolicy.CanReadBrigade(await callers.Get(), r.BrigadeId, BrigadeAction.ReadRisks)
            ? (await Task.WhenAll(brigade.Units.Select(u => grains.GetGrain<IUnitGrain>(GrainKeys.Unit(r.BrigadeId, u.Id)).GetRisks(r.Year))))
                .SelectMany(x => x).ToArray()
            : null;
        var codes = tasks.ToDictionary(t => t.Id, t => t.Code);
        return new LedgerDownload(DutyWorkbook.FileName(brigade, r.Year), DutyWorkbook.Write(brigade, items, codes, risks));
    }
}
