namespace Responsibility.Api.Accountability;

using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using FluentValidation;
using Mediator;
using Responsibility.Api.Common;
using Responsibility.Api.Duties;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Appraisal;
using Responsibility.Grains.Abstractions.Duties;

/// <summary>
/// A leader's 述责述廉报告 of a year, at <see cref="Version"/> (default the latest); drafted from the data on the first read.
/// Read where the leader's 廉政档案 is read.
/// </summary>
public sealed record GetAccountabilityReport(string BrigadeId, string LeaderId, int Year, int? Version)
    : IRequest<AccountabilityReportResponse>, IAuthorizedRequest
{
    public Permission Permission => new Permission.Holder(DutyHolder.Leader(BrigadeId, LeaderId), HolderAction.ReadRecords);
}

/// <summary>The report with the brigade's name and its date, for the 公文 layout.</summary>
public sealed record GetAccountabilityDocument(string BrigadeId, string LeaderId, int Year, int? Version)
    : IRequest<AccountabilityDocument>, IAuthorizedRequest
{
    public Permission Permission => new Permission.Holder(DutyHolder.Leader(BrigadeId, LeaderId), HolderAction.ReadRecords);
}

public sealed record AccountabilityDocument(AccountabilityReport Report, string BrigadeName, DateOnly Date, string TimeZone);

/// <summary>
/// The leader's text: <see cref="Integrity"/> (四、廉洁自律情况, may be empty until submitted) and optionally the three
/// drafted parts, each plain text, one paragraph a line. Only the leader themselves; refused once submitted or accepted.
/// </summary>
public sealed record EditAccountabilityReport([property: Required] string? Integrity, AccountabilitySectionsInput? Sections)
    : IRequest<AccountabilityReportResponse>, IAuthorizedRequest
{
    [JsonIgnore]
    public string BrigadeId { get; init; } = "";

    [JsonIgnore]
    public string LeaderId { get; init; } = "";

    [JsonIgnore]
    public int Year { get; init; }

    public Permission Permission => new Permission.Holder(DutyHolder.Leader(BrigadeId, LeaderId), HolderAction.EditAccountability);
}

/// <summary>The drafted parts the leader rewrites; a part left out keeps its text.</summary>
public sealed record AccountabilitySectionsInput(string? Performance, string? Problems, string? Plans);

/// <summary>Submit, redraft (the leader); accept (a BrigadeLeader other than the leader).</summary>
public sealed record AccountabilityAction(string BrigadeId, string LeaderId, int Year, AccountabilityActionKind Kind)
    : IRequest<AccountabilityReportResponse>, IAuthorizedRequest
{
    public Permission Permission => new Permission.Holder(
        DutyHolder.Leader(BrigadeId, LeaderId),
        Kind == AccountabilityActionKind.Accept ? HolderAction.DecideAccountability : HolderAction.EditAccountability);
}

public enum AccountabilityActionKind
{
    Submit,
    Redraft,
    Accept,
}

/// <summary>Returns a submitted report with a note (a BrigadeLeader other than the leader).</summary>
public sealed record ReturnAccountabilityReport([property: Required] string? Note) : IRequest<AccountabilityReportResponse>, IAuthorizedRequest
{
    [JsonIgnore]
    public string BrigadeId { get; init; } = "";

    [JsonIgnore]
    public string LeaderId { get; init; } = "";

    [JsonIgnore]
    public int Year { get; init; }

    public Permission Permission => new Permission.Holder(DutyHolder.Leader(BrigadeId, LeaderId), HolderAction.DecideAccountability);
}

internal static class AccountabilityRules
{
    public static void Route<T>(AbstractValidator<T> v, Func<T, string> brigade, Func<T, string> leader, Func<T, int> year)
    {
        v.RuleFor(r => brigade(r)).IsSlug().OverridePropertyName("brigadeId");
        v.RuleFor(r => leader(r)).IsSlug().OverridePropertyName("leaderId");
        v.RuleFor(r => year(r)).IsDutyYear().OverridePropertyName("year");
    }
}

public sealed class GetAccountabilityReportValidator : AbstractValidator<GetAccountabilityReport>
{
    public GetAccountabilityReportValidator()
    {
        AccountabilityRules.Route(this, r => r.BrigadeId, r => r.LeaderId, r => r.Year);
        RuleFor(r => r.Version).InclusiveBetween(1, 100_000).WithMessage("版本号须为正整数。");
    }
}

public sealed class GetAccountabilityDocumentValidator : AbstractValidator<GetAccountabilityDocument>
{
    public GetAccountabilityDocumentValidator()
    {
        AccountabilityRules.Route(this, r => r.BrigadeId, r => r.LeaderId, r => r.Year);
        RuleFor(r => r.Version).InclusiveBetween(1, 100_000).WithMessage("版本号须为正整数。");
    }
}

public sealed class EditAccountabilityReportValidator : AbstractValidator<EditAccountabilityReport>
{
    public EditAccountabilityReportValidator()
    {
        AccountabilityRules.Route(this, r => r.BrigadeId, r => r.LeaderId, r => r.Year);
        RuleFor(r => r.Integrity).NotNull().WithMessage("须填写廉洁自律情况（可为空字符串）。")
            .MaximumLength(AccountabilityLimits.Integrity).WithMessage($"不能超过 {AccountabilityLimits.Integrity} 个字符。");
        RuleFor(r => r.Sections!.Performance).Optional(AccountabilityLimits.Section).OverridePropertyName("sections.performance").When(r => r.Sections is not null);
        RuleFor(r => r.Sections!.Problems).Optional(AccountabilityLimits.Section).OverridePropertyName("sections.problems").When(r => r.Sections is not null);
        RuleFor(r => r.Sections!.Plans).Optional(AccountabilityLimits.Section).OverridePropertyName("sections.plans").When(r => r.Sections is not null);
    }
}

public sealed class AccountabilityActionValidator : AbstractValidator<AccountabilityAction>
{
    public AccountabilityActionValidator() => AccountabilityRules.Route(this, r => r.BrigadeId, r => r.LeaderId, r => r.Year);
}

public sealed class ReturnAccountabilityReportValidator : AbstractValidator<ReturnAccountabilityReport>
{
    public ReturnAccountabilityReportValidator()
    {
        AccountabilityRules.Route(this, r => r.BrigadeId, r => r.LeaderId, r => r.Year);
        RuleFor(r => r.Note).Required(AccountabilityLimits.Note);
    }
}

public sealed class AccountabilityHandler(IGrainFactory grains, CallerAccessor callers) :
    IRequestHandler<GetAccountabilityReport, AccountabilityReportResponse>,
    IRequestHandler<GetAccountabilityDocument, AccountabilityDocument>,
    IRequestHandler<EditAccountabilityReport, AccountabilityReportResponse>,
    IRequestHandler<AccountabilityAction, AccountabilityReportResponse>,
    IRequestHandler<ReturnAccountabilityReport, AccountabilityReportResponse>
{
    public async ValueTask<AccountabilityReportResponse> Handle(GetAccountabilityReport r, CancellationToken cancellationToken)
    {
        var caller = await callers.Get();
        return await Response(await Leader(r.BrigadeId, r.LeaderId).GetAccountabilityReport(r.Year, r.Version, caller.Username));
    }

    public async ValueTask<AccountabilityDocument> Handle(GetAccountabilityDocument r, CancellationToken cancellationToken)
    {
        var caller = await callers.Get();
        var report = await Leader(r.BrigadeId, r.LeaderId).GetAccountabilityReport(r.Year, r.Version, caller.Username);
        var settings = await grains.GetGrain<IBrigadeGrain>(r.BrigadeId).GetSettings();
        var zone = BrigadeClock.Zone(settings.TimeZone);
        var at = report.Shown.At;
        return new AccountabilityDocument(report, settings.Name, DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime), settings.TimeZone);
    }

    public async ValueTask<AccountabilityReportResponse> Handle(EditAccountabilityReport r, CancellationToken cancellationToken)
    {
        var caller = await callers.Get();
        var edit = new AccountabilityEdit(r.Integrity!, r.Sections?.Performance, r.Sections?.Problems, r.Sections?.Plans);
        return await Response(await Leader(r.BrigadeId, r.LeaderId).EditAccountabilityReport(r.Year, edit, caller.Username));
    }

    public async ValueTask<AccountabilityReportResponse> Handle(AccountabilityAction r, CancellationToken cancellationToken)
    {
        var caller = await callers.Get();
        var leader = Leader(r.BrigadeId, r.LeaderId);
        return await Response(r.Kind switch
        {
            AccountabilityActionKind.Submit => await leader.SubmitAccountabilityReport(r.Year, caller.Username),
            AccountabilityActionKind.Redraft => await leader.RedraftAccountabilityReport(r.Year, caller.Username),
            _ => await leader.AcceptAccountabilityReport(r.Year, caller.Username),
        });
    }

    public async ValueTask<AccountabilityReportResponse> Handle(ReturnAccountabilityReport r, CancellationToken cancellationToken)
    {
        var caller = await callers.Get();
        return await Response(await Leader(r.BrigadeId, r.LeaderId).ReturnAccountabilityReport(r.Year, r.Note!, caller.Username));
    }

    private ILeaderGrain Leader(string brigadeId, string leaderId) => grains.GetGrain<ILeaderGrain>(GrainKeys.Leader(brigadeId, leaderId));

    private async Task<AccountabilityReportResponse> Response(AccountabilityReport report)
    {
        var users = report.History.Select(s => s.Actor).Distinct(StringComparer.Ordinal).ToArray();
        var names = await grains.GetGrain<IAccountDirectoryGrain>(report.BrigadeId).DisplayNames(users);
        return AccountabilityReportResponse.From(report, u => names.GetValueOrDefault(u) is { Length: > 0 } name ? name : u);
    }
}
