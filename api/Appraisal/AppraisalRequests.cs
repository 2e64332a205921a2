namespace Responsibility.Api.Appraisal;

using System.Text.Json.Serialization;
using FluentValidation;
using Mediator;
using Responsibility.Api.Common;
using Responsibility.Api.Duties;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Appraisal;
using Responsibility.Grains.Abstractions.Duties;

public sealed record GetAppraisalScheme(string BrigadeId, int Year) : IRequest<SchemeResponse>, IAuthorizedRequest
{
    public Permission Permission => new Permission.Brigade(BrigadeId, BrigadeAction.ReadAppraisal);
}

/// <summary>The whole 考核方案 as the office writes it.</summary>
public sealed record PutAppraisalScheme(AppraisalPeriodKind? Period, GradesBody? Grades, IndicatorBody?[]? Indicators)
    : IRequest<SchemeResponse>, IAuthorizedRequest
{
    [JsonIgnore]
    public string BrigadeId { get; init; } = "";

    [JsonIgnore]
    public int Year { get; init; }

    public Permission Permission => new Permission.Brigade(BrigadeId, BrigadeAction.ManageAppraisal);
}

public sealed record CopyAppraisalScheme(string BrigadeId, int Year, int? From) : IRequest<SchemeResponse>, IAuthorizedRequest
{
    public Permission Permission => new Permission.Brigade(BrigadeId, BrigadeAction.ManageAppraisal);
}

public sealed record GetAppraisalScores(string BrigadeId, int Year, string? Period, AppraisalSubjects Subjects, DateOnly? AsOf)
    : IRequest<ScoresResponse>, IAuthorizedRequest
{
    public Permission Permission => new Permission.Brigade(BrigadeId, BrigadeAction.ReadAppraisal);
}

public sealed record SelfLineBody(string? Indicator, decimal? Points, string? Note, string[]? AttachmentIds) : IEntryLine;

public sealed record ReviewLineBody(string? Indicator, decimal? Points, string? Reason) : IEntryLine;

/// <summary>A line of 自评分 or 考核组评分: the indicator and its points.</summary>
public interface IEntryLine
{
    string? Indicator { get; }

    decimal? Points { get; }
}

/// <summary>What the route of a 自评分 or 考核组评分 names (the period and the subject: <c>units/{id}</c>, <c>leaders/{id}</c>) and its lines.</summary>
public abstract record AppraisalEntry<TLine>(TLine?[]? Lines)
    where TLine : class, IEntryLine
{
    [JsonIgnore]
    public string BrigadeId { get; init; } = "";

    [JsonIgnore]
    public int Year { get; init; }

    [JsonIgnore]
    public string Period { get; init; } = "";

    [JsonIgnore]
    public string SubjectKind { get; init; } = "";

    [JsonIgnore]
    public string SubjectId { get; init; } = "";
}

/// <summary>A subject's 自评分; the route names the period and the subject (<c>units/{unitId}</c> or <c>leaders/{leaderId}</c>).</summary>
public sealed record PutAppraisalSelf(SelfLineBody?[]? Lines)
    : AppraisalEntry<SelfLineBody>(Lines), IRequest<SubjectScoreResponse>, IAuthorizedRequest
{
    public Permission Permission => new Permission.Holder(AppraisalSubject.Of(BrigadeId, SubjectKind, SubjectId), HolderAction.SelfAppraise);
}

public sealed record PutAppraisalReview(ReviewLineBody?[]? Lines)
    : AppraisalEntry<ReviewLineBody>(Lines), IRequest<SubjectScoreResponse>, IAuthorizedRequest
{
    public Permission Permission => new Permission.Brigade(BrigadeId, BrigadeAction.ReviewAppraisal);
}

public sealed record LockAppraisalPeriod(string BrigadeId, int Year, string Period, string? IdempotencyKey)
    : IRequest<ScoresResponse>, IAuthorizedRequest
{
    public Permission Permission => new Permission.Brigade(BrigadeId, BrigadeAction.ReviewAppraisal);
}

public sealed record SubjectBody(AppraisalSubjects? Kind, string? Id);

/// <summary>An adjustment of a locked period's line: whom, which indicator, the points added (negative to take away), why.</summary>
public sealed record AdjustAppraisalScore(SubjectBody? Subject, string? Indicator, decimal? Points, string? Reason)
    : IRequest<AdjustmentResponse>, IAuthorizedRequest
{
    [JsonIgnore]
    public string BrigadeId { get; init; } = "";

    [JsonIgnore]
    public int Year { get; init; }

    [JsonIgnore]
    public string Period { get; init; } = "";

    [JsonIgnore]
    public string? IdempotencyKey { get; init; }

    public Permission Permission => new Permission.Brigade(BrigadeId, BrigadeAction.ReviewAppraisal);
}

/// <summary>The subject a route names: <c>units/{id}</c> or <c>leaders/{id}</c>.</summary>
internal static class AppraisalSubject
{
    public static DutyHolderKind? Kind(string? kind) => kind?.ToLowerInvariant() switch
    {
        "units" => DutyHolderKind.Unit,
        "leaders" => DutyHolderKind.Leader,
        _ => null,
    };

    /// <summary>The subject, or (for a kind that is neither) a unit the brigade cannot have, so the permission is 404 too; the validator answers 400 first.</summary>
    public static DutyHolder Of(string brigadeId, string kind, string id) => new(brigadeId, Kind(kind) ?? DutyHolderKind.Unit, id);
}

internal static class AppraisalRequestRules
{
    public static IRuleBuilderOptions<T, int> IsAppraisalYear<T>(this IRuleBuilder<T, int> rule) => rule
        .InclusiveBetween(DutyYear.First, DutyYear.Last).WithMessage($"年度须在 {DutyYear.First}–{DutyYear.Last} 之间。");

    public static IRuleBuilderOptions<T, string?> IsPeriod<T>(this IRuleBuilder<T, string?> rule) => rule
        .Must(p => AppraisalPeriod.TryParse(p, out _)).WithMessage("考核期须为 2026-Q1…2026-Q4 或 2026 这样的写法。");

    public static IRuleBuilderOptions<T, string?> IsSubjectKind<T>(this IRuleBuilder<T, string?> rule) => rule
        .Must(k => AppraisalSubject.Kind(k) is not null).WithMessage("考核对象须为 units（单位）或 leaders（班子成员）。");

    public static IRuleBuilderOptions<T, string?> IsKey<T>(this IRuleBuilder<T, string?> rule) => rule
        .MaximumLength(128).WithMessage("Idempotency-Key 最多 128 个字符。");
}

public sealed class PutAppraisalSchemeValidator : AbstractValidator<PutAppraisalScheme>
{
    public PutAppraisalSchemeValidator()
    {
        RuleFor(r => r.BrigadeId).IsSlug();
        RuleFor(r => r.Year).IsAppraisalYear();
        RuleFor(r => r.Period).NotNull().WithMessage("须选择考核周期（Quarter 或 Year）。").IsInEnum().WithMessage("考核周期须为 Quarter 或 Year。");
        RuleFor(r => r.Grades).NotNull().WithMessage("须设定档次分数线。");
        RuleFor(r => r.Indicators).NotNull().WithMessage("须列出考核项目。")
            .Must(i => i is null || i.Length <= AppraisalLimits.Indicators).WithMessage($"考核项目最多 {AppraisalLimits.Indicators} 项。");
        RuleForEach(r => r.Indicators).NotNull().WithMessage("考核项目不能为空。")
            .ChildRules(i =>
            {
                i.RuleFor(x => x!.Code).Required(AppraisalLimits.Code);
                i.RuleFor(x => x!.Name).Required(AppraisalLimits.Name);
                i.RuleFor(x => x!.Parent).Optional(AppraisalLimits.Code);
                i.RuleFor(x => x!.Standard).Optional(AppraisalLimits.Standard);
                i.RuleFor(x => x!.Subjects).IsInEnum().WithMessage("考核对象须为 Units 或 Leaders。");
                i.RuleFor(x => x!.Rule!.Kind).IsInEnum().WithMessage("自动计分规则不存在。").When(x => x!.Rule is not null).OverridePropertyName("rule.kind");
            })
            .When(r => r.Indicators is { Length: <= AppraisalLimits.Indicators });
    }
}

public sealed class CopyAppraisalSchemeValidator : AbstractValidator<CopyAppraisalScheme>
{
    public CopyAppraisalSchemeValidator()
    {
        RuleFor(r => r.BrigadeId).IsSlug();
        RuleFor(r => r.Year).IsAppraisalYear();
        RuleFor(r => r.From).InclusiveBetween(DutyYear.First, DutyYear.Last).WithMessage($"年度须在 {DutyYear.First}–{DutyYear.Last} 之间。");
    }
}

public sealed class GetAppraisalScoresValidator : AbstractValidator<GetAppraisalScores>
{
    public GetAppraisalScoresValidator()
    {
        RuleFor(r => r.BrigadeId).IsSlug();
        RuleFor(r => r.Year).IsAppraisalYear();
        RuleFor(r => r.Period).NotEmpty().WithMessage("须指定考核期。").IsPeriod();
        RuleFor(r => r.Subjects).IsInEnum().WithMessage("考核对象须为 Units 或 Leaders。");
    }
}

/// <summary>The route of a 自评分 or 考核组评分 and its lines: at most one per indicator of the scheme, each an indicator and points.</summary>
public abstract class AppraisalEntryValidator<T, TLine> : AbstractValidator<T>
    where T : AppraisalEntry<TLine>
    where TLine : class, IEntryLine
{
    protected AppraisalEntryValidator(Action<InlineValidator<TLine?>> line)
    {
        RuleFor(r => r.BrigadeId).IsSlug();
        RuleFor(r => r.Year).IsAppraisalYear();
        RuleFor(r => r.Period).IsPeriod();
        RuleFor(r => r.SubjectKind).IsSubjectKind();
        RuleFor(r => r.SubjectId).IsSlug();
        RuleFor(r => r.Lines).NotNull().WithMessage("须列出评分行。")
            .Must(l => l is null || l.Length <= AppraisalLimits.Indicators).WithMessage($"评分行最多 {AppraisalLimits.Indicators} 行。");
        RuleForEach(r => r.Lines).NotNull().WithMessage("评分行不能为空。")
            .ChildRules(l =>
            {
                l.RuleFor(x => x!.Indicator).Required(AppraisalLimits.Code);
                l.RuleFor(x => x!.Points).NotNull().WithMessage("须填写分数。");
                line(l);
            })
            .When(r => r.Lines is { Length: <= AppraisalLimits.Indicators });
    }
}

public sealed class PutAppraisalSelfValidator() : AppraisalEntryValidator<PutAppraisalSelf, SelfLineBody>(l =>
{
    l.RuleFor(x => x!.Note).Optional(AppraisalLimits.Note);
    l.RuleFor(x => x!.AttachmentIds).Must(a => a is null || a.Length <= AppraisalLimits.Attachments)
        .WithMessage($"佐证材料最多 {AppraisalLimits.Attachments} 个。");
});

public sealed class PutAppraisalReviewValidator() : AppraisalEntryValidator<PutAppraisalReview, ReviewLineBody>(l =>
    l.RuleFor(x => x!.Reason).Optional(AppraisalLimits.Note));

public sealed class LockAppraisalPeriodValidator : AbstractValidator<LockAppraisalPeriod>
{
    public LockAppraisalPeriodValidator()
    {
        RuleFor(r => r.BrigadeId).IsSlug();
        RuleFor(r => r.Year).IsAppraisalYear();
        RuleFor(r => r.Period).IsPeriod();
        RuleFor(r => r.IdempotencyKey).IsKey().OverridePropertyName("Idempotency-Key");
    }
}

public sealed class AdjustAppraisalScoreValidator : AbstractValidator<AdjustAppraisalScore>
{
    public AdjustAppraisalScoreValidator()
    {
        RuleFor(r => r.BrigadeId).IsSlug();
        RuleFor(r => r.Year).IsAppraisalYear();
        RuleFor(r => r.Period).IsPeriod();
        RuleFor(r => r.Subject).NotNull().WithMessage("须指定考核对象。");
        RuleFor(r => r.Subject!.Kind).NotNull().WithMessage("考核对象须为 Units 或 Leaders。").IsInEnum().WithMessage("考核对象须为 Units 或 Leaders。")
            .When(r => r.Subject is not null).OverridePropertyName("subject.kind");
        RuleFor(r => r.Subject!.Id).IsSlug().When(r => r.Subject is not null).OverridePropertyName("subject.id");
        RuleFor(r => r.Indicator).Required(AppraisalLimits.Code);
        RuleFor(r => r.Points).NotNull().WithMessage("须填写调整分。");
        RuleFor(r => r.Reason).Required(AppraisalLimits.Note);
        RuleFor(r => r.IdempotencyKey).IsKey().OverridePropertyName("Idempotency-Key");
    }
}
