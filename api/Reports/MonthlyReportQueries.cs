namespace Responsibility.Api.Reports;

using System.Globalization;
using FluentValidation;
using Mediator;
using Responsibility.Api.Common;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Reports;

public sealed record ListMonthlyReports(string BrigadeId) : IRequest<MonthlyReportInfo[]>, IAuthorizedRequest
{
    public Permission Permission => new Permission.Brigade(BrigadeId, BrigadeAction.ReadReports);
}

public sealed record GetMonthlyReport(string BrigadeId, string Month, int? Version) : IRequest<MonthlyReport>, IAuthorizedRequest
{
    public Permission Permission => new Permission.Brigade(BrigadeId, BrigadeAction.ReadReports);
}

/// <summary>The month as it stands now (the running month up to today), composed and not stored.</summary>
public sealed record PreviewMonthlyReport(string BrigadeId, string Month) : IRequest<MonthlyReport>, IAuthorizedRequest
{
    public Permission Permission => new Permission.Brigade(BrigadeId, BrigadeAction.ReadReports);
}

public sealed record GenerateMonthlyReport(string BrigadeId, string Month) : IRequest<MonthlyReport>, IAuthorizedRequest
{
    public Permission Permission => new Permission.Brigade(BrigadeId, BrigadeAction.GenerateReports);
}

public static class ReportMonth
{
    public static bool TryParse(string? month, out DateOnly first) =>
        DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out first)
        && first.Year is >= 2000 and <= 2100;

    public static IRuleBuilderOptions<T, string> IsMonth<T>(this IRuleBuilder<T, string> rule) => rule
        .Must(m => TryParse(m, out _)).WithMessage("月份格式应为 yyyy-MM，例如 2024-03。");
}

public sealed class ListMonthlyReportsValidator : AbstractValidator<ListMonthlyReports>
{
    public ListMonthlyReportsValidator() => RuleFor(r => r.BrigadeId).IsSlug();
}

public sealed class GetMonthlyReportValidator : AbstractValidator<GetMonthlyReport>
{
    public GetMonthlyReportValidator()
    {
        RuleFor(r => r.BrigadeId).IsSlug();
        RuleFor(r => r.Month).IsMonth();
        RuleFor(r => r.Version).GreaterThan(0).WithMessage("版本号须大于 0。");
    }
}

public sealed class PreviewMonthlyReportValidator : AbstractValidator<PreviewMonthlyReport>
{
    public PreviewMonthlyReportValidator()
    {
        RuleFor(r => r.BrigadeId).IsSlug();
        RuleFor(r => r.Month).IsMonth();
    }
}

public sealed class GenerateMonthlyReportValidator : AbstractValidator<GenerateMonthlyReport>
{
    public GenerateMonthlyReportValidator()
    {
        RuleFor(r => r.BrigadeId).IsSlug();
        RuleFor(r => r.Month).IsMonth();
    }
}

public sealed class MonthlyReportHandlers(IGrainFactory grains, CallerAccessor callers) :
    IRequestHandler<ListMonthlyReports, MonthlyReportInfo[]>,
    IRequestHandler<GetMonthlyReport, MonthlyReport>,
    IRequestHandler<PreviewMonthlyReport, MonthlyReport>,
    IRequestHandler<GenerateMonthlyReport, MonthlyReport>
{
    public async ValueTask<MonthlyReportInfo[]> Handle(ListMonthlyReports r, CancellationToken cancellationToken)
    {
        await grains.GetGrain<IBrigadeGrain>(r.BrigadeId).GetSettings();
        return await grains.GetGrain<IReportScheduleGrain>(r.BrigadeId).List();
    }

    public async ValueTask<MonthlyReport> Handle(GetMonthlyReport r, CancellationToken cancellationToken)
    {
        ReportMonth.TryParse(r.Month, out var month);
        var report = await grains.GetGrain<IMonthlyReportGrain>(GrainKeys.MonthlyReport(r.BrigadeId, month.Year, month.Month)).Get(r.Version);
        return await Scoped(r.BrigadeId, report);
    }

    public async ValueTask<MonthlyReport> Handle(PreviewMonthlyReport r, CancellationToken cancellationToken)
    {
        ReportMonth.TryParse(r.Month, out var month);
        var caller = await callers.Get();
        await grains.GetGrain<IBrigadeGrain>(r.BrigadeId).GetSettings();
        return await Scoped(r.BrigadeId, await grains.GetGrain<IReportScheduleGrain>(r.BrigadeId).Preview(month.Year, month.Month, caller.Username));
    }

    public async ValueTask<MonthlyReport> Handle(GenerateMonthlyReport r, CancellationToken cancellationToken)
    {
        ReportMonth.TryParse(r.Month, out var month);
        var caller = await callers.Get();
        await grains.GetGrain<IBrigadeGrain>(r.BrigadeId).GetSettings();
        return await grains.GetGrain<IReportScheduleGrain>(r.BrigadeId).Generate(month.Year, month.Month, caller.Username);
    }

    /// <summary>The copy the caller may read (SPEC §3): the figures whole, details where the pages would show them.</summary>
    private async Task<MonthlyReport> Scoped(string brigadeId, MonthlyReport report) =>
        await ReportScope.For(grains, await callers.Get(), brigadeId, ReportScope.TaskIds(report)) is { } scope ? scope.Apply(report) : report;
}
