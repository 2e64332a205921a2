namespace Responsibility.Api.Duties;

using System.Text.Json;
using System.Text.RegularExpressions;
using FluentValidation;
using Mediator;
using Responsibility.Api.Common;
using Responsibility.Api.Ledger;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Duties;
using Responsibility.Reports.Ledger;

/// <summary>
/// 导入责任清单: the 责任清单 sheet of an .xlsx puts the year's items by 编号, all or nothing (the office, as it edits the
/// list). Items not on the sheet stay; the 廉政风险点 sheet is not read. <see cref="Content"/> must be seekable.
/// </summary>
public sealed record ImportDuties(string BrigadeId, int Year, Stream? Content, long Length) : IRequest<LedgerImportResponse>, IAuthorizedRequest
{
    public Permission Permission => new Permission.Brigade(BrigadeId, BrigadeAction.ManageDuties);
}

public sealed class ImportDutiesValidator : AbstractValidator<ImportDuties>
{
    public ImportDutiesValidator()
    {
        RuleFor(r => r.BrigadeId).IsSlug();
        RuleFor(r => r.Year).IsDutyYear();
    }
}

public sealed partial class ImportDutiesHandler(IGrainFactory grains, CallerAccessor callers, DutyRows reader)
    : IRequestHandler<ImportDuties, LedgerImportResponse>
{
    private const string Name = "责任清单";

    public async ValueTask<LedgerImportResponse> Handle(ImportDuties r, CancellationToken cancellationToken)
    {
        var table = Read(r);
        var brigadeGrain = grains.GetGrain<IBrigadeGrain>(r.BrigadeId);
        var brigade = await brigadeGrain.GetInfo();
        var tasks = await brigadeGrain.GetDefinitions(await brigadeGrain.GetTaskIds([r.Year]));
        var list = grains.GetGrain<IDutyListGrain>(GrainKeys.DutyList(r.BrigadeId, r.Year));
        var items = await list.List();
        var handedDown = items.Where(i => i.Source is not null).Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        var (rows, problems) = reader.Read(table, brigade, r.Year, tasks, handedDown);
        if (problems.Count > 0)
        {
            throw new LedgerRejectedException(problems, Name);
        }

        var before = items.ToDictionary(i => i.Id, Json);
        DutyItem[] after;
        try
        {
            after = await list.Import([.. rows.Select(x => x.Item)], (await callers.Get()).Username);
        }
        catch (DomainException e) when (e.Kind == ErrorKind.Invalid && e.Field is { } field && ItemField().Match(field) is { Success: true } m)
        {
            // The grain names the item by its place on the sheet (items[3].dueDate): its row and column.
            var row = rows[int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)].Row;
            throw new LedgerRejectedException([LedgerRejectedException.At(table, row, DutyColumns.ForField(m.Groups[2].Value), e.Message)], Name);
        }

        var imported = after.Where(i => rows.Exists(x => x.Item.Id == i.Id)).ToList();
        var created = imported.Count(i => !before.ContainsKey(i.Id));
        var unchanged = imported.Count(i => before.TryGetValue(i.Id, out var was) && was == Json(i));
        return new LedgerImportResponse(created, imported.Count - created - unchanged, unchanged);
    }

    private static LedgerTable Read(ImportDuties r)
    {
        if (r.Content is null || r.Length == 0)
        {
            throw DomainException.Invalid("file", "请选择要导入的责任清单文件（.xlsx）。");
        }

        if (r.Length > LedgerLimits.MaxFileBytes)
        {
            throw new DomainException(ErrorKind.TooLarge, $"责任清单文件不能超过 {LedgerLimits.MaxFileBytes / 1024 / 1024} MB。", "file");
        }

        try
        {
            return LedgerFile.Read(r.Content, DutyColumns.Sheet);
        }
        catch (LedgerFileException e)
        {
            var kind = e.TooLarge ? ErrorKind.TooLarge : e.Unsupported ? ErrorKind.UnsupportedMediaType : ErrorKind.Invalid;
            throw new DomainException(kind, e.Message, "file");
        }
    }

    private static string Json(DutyItem item) => JsonSerializer.Serialize(item);

    [GeneratedRegex(@"^items\[(\d+)\]\.(.+)$")]
    private static partial Regex ItemField();
}
