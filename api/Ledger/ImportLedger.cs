namespace Responsibility.Api.Ledger;

using Mediator;
using Responsibility.Api.Brigades;
using Responsibility.Api.Common;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Ledger;
using Responsibility.Reports.Ledger;

/// <summary>
/// 导入台账: an .xlsx or CSV sheet creates or changes a brigade's tasks by year and code, all or nothing. The brigade's
/// Admin sets up year plans, so only they import. <see cref="Content"/> must be seekable.
/// </summary>
public sealed record ImportLedger(string BrigadeId, Stream? Content, long Length) : IRequest<LedgerImportResponse>, IAuthorizedRequest
{
    public Permission Permission => new Permission.Brigade(BrigadeId, BrigadeAction.Administer);
}

public sealed record LedgerImportResponse(int Created, int Updated, int Unchanged);

public sealed class ImportLedgerHandler(IGrainFactory grains, CallerAccessor callers, ISender sender, LedgerRows reader)
    : IRequestHandler<ImportLedger, LedgerImportResponse>
{
    public async ValueTask<LedgerImportResponse> Handle(ImportLedger r, CancellationToken cancellationToken)
    {
        if (r.Content is null || r.Length == 0)
        {
            throw DomainException.Invalid("file", "请选择要导入的台账文件（.xlsx 或 .csv）。");
        }

        if (r.Length > LedgerLimits.MaxFileBytes)
        {
            throw new DomainException(ErrorKind.TooLarge, $"台账文件不能超过 {LedgerLimits.MaxFileBytes / 1024 / 1024} MB。", "file");
        }

        LedgerTable table;
        try
        {
            table = LedgerFile.Read(r.Content);
        }
        catch (LedgerFileException e)
        {
            throw new DomainException(e.TooLarge ? ErrorKind.TooLarge : ErrorKind.Invalid, e.Message, "file");
        }

        var ledger = grains.GetGrain<ILedgerGrain>(r.BrigadeId);
        var (rows, problems) = reader.Read(table, await sender.Send(new GetBrigade(r.BrigadeId), cancellationToken));
        if (problems.Count > 0)
        {
            // The rows that read well are checked too, so one answer names every problem of the sheet.
            throw Rejected(table, problems, await ledger.Check([.. rows]));
        }

        var result = await ledger.Import([.. rows], (await callers.Get()).Username);
        return result.Problems.Length > 0
            ? throw Rejected(table, [], result.Problems)
            : new LedgerImportResponse(result.Created, result.Updated, result.Unchanged);
    }

    private static LedgerRejectedException Rejected(LedgerTable table, List<LedgerCellProblem> cells, LedgerProblem[] planned) => new(
        cells.Concat(planned.Select(p => LedgerRejectedException.At(table, p.Row, LedgerColumns.ForField(p.Field), p.Message))));
}
