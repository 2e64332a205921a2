namespace Responsibility.Api.Brigades;

using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using FluentValidation;
using Mediator;
using Responsibility.Api.Common;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Org;

public sealed record ConfigureBrigade(
    [property: Required] string? Name, [property: Required] string? PartyOrgName, [property: Required] string? DetachmentName,
    string? TimeZone, string? Recipient, ThresholdsBody? Thresholds,
    ReportingCycle? ReportingCycle = null, int? ReportingDueDay = null, int? GraceDays = null,
    int[]? RectificationWarningDays = null, double? RatingThreshold = null)
    : IRequest<BrigadeInfo>, IAuthorizedRequest
{
    [JsonIgnore]
    public string BrigadeId { get; init; } = "";

    /// <summary>
    /// Set when the brigade is created or configured under a 支队 (PUT /detachments/{d}/brigades/{b}): its
    /// DetachmentAdmin may then, and the brigade joins the detachment.
    /// </summary>
    [JsonIgnore]
    public string? DetachmentId { get; init; }

    public Permission Permission => DetachmentId is { } detachmentId
        ? new Permission.Detachment(detachmentId, DetachmentAction.Administer)
        : new Permission.SystemAdmin();
}

public sealed record ThresholdsBody(double? Yellow, double? Red, int? DueSoonDays);

public sealed class ConfigureBrigadeValidator : AbstractValidator<ConfigureBrigade>
{
    /// <summary>Every month has it.</summary>
    private const int LatestDueDay = 28;

    /// <summary>A 整改 warning further ahead than a quarter is noise, not a warning.</summary>
    private const int MaxWarningDays = 90;

    public ConfigureBrigadeValidator()
    {
        RuleFor(r => r.BrigadeId).IsSlug();
        RuleFor(r => r.DetachmentId).IsSlug().When(r => r.DetachmentId is not null);
        RuleFor(r => r.Name).Required(TextRules.Name);
        RuleFor(r => r.PartyOrgName).Required(TextRules.Title);
        RuleFor(r => r.DetachmentName).Required(TextRules.Title);
        RuleFor(r => r.Recipient).Optional(TextRules.Title);
        RuleFor(r => r.TimeZone)
            .Must(tz => tz is null || TimeZoneInfo.TryFindSystemTimeZoneById(tz, out _))
            .WithMessage("未知的时区，例如 Asia/Shanghai。");
        RuleFor(r => r.Thresholds!.Yellow).InclusiveBetween(0, 1).When(r => r.Thresholds?.Yellow is not null)
            .WithMessage("须在 0 到 1 之间。");
        RuleFor(r => r.Thresholds!.Red).InclusiveBetween(0, 1).When(r => r.Thresholds?.Red is not null)
            .WithMessage("须在 0 到 1 之间。");
        RuleFor(r => r.Thresholds!.Red)
            .GreaterThan(r => r.Thresholds!.Yellow ?? StatusThresholds.Default.Yellow)
            .When(r => r.Thresholds?.Red is not null)
            .WithMessage("红灯阈值须大于黄灯阈值。");
        RuleFor(r => r.Thresholds!.DueSoonDays).InclusiveBetween(0, 60).When(r => r.Thresholds?.DueSoonDays is not null)
            .WithMessage("须在 0 到 60 天之间。");
        RuleFor(r => r.ReportingCycle).IsInEnum();
        RuleFor(r => r.ReportingDueDay).InclusiveBetween(1, LatestDueDay).When(r => r.ReportingDueDay is not null)
            .WithMessage($"须在每月 1 日到 {LatestDueDay} 日之间。");
        RuleFor(r => r.GraceDays).InclusiveBetween(0, 15).When(r => r.GraceDays is not null).WithMessage("须在 0 到 15 天之间。");
        // The grace period ends inside the cycle's month, or the leaders would never be told before the next cycle begins.
        RuleFor(r => r.GraceDays).Must((r, _) => GraceEndsInMonth(r)).When(r => r.GraceDays is not null)
            .WithMessage($"填报截止日加宽限天数不能晚于每月 {LatestDueDay} 日。");
        RuleFor(r => r.ReportingDueDay).Must((r, _) => GraceEndsInMonth(r)).When(r => r.ReportingDueDay is not null && r.GraceDays is null)
            .WithMessage($"填报截止日加宽限天数（默认 {BrigadeSettings.DefaultGraceDays} 天）不能晚于每月 {LatestDueDay} 日。");
        RuleFor(r => r.RectificationWarningDays)
            .Must(days => days is { Length: >= 1 and <= 2 } && days.All(d => d is >= 1 and <= MaxWarningDays) && (days.Length == 1 || days[0] > days[1]))
            .When(r => r.RectificationWarningDays is not null)
            .WithMessage($"整改提醒天数须为 1 到 2 个 1 至 {MaxWarningDays} 之间的整数，由大到小排列（例如 [20, 10]）。");
        RuleFor(r => r.RatingThreshold).InclusiveBetween(0, 100).When(r => r.RatingThreshold is not null)
            .WithMessage("民主测评提醒线须在 0 到 100 之间。");
    }

    private static bool GraceEndsInMonth(ConfigureBrigade r) =>
        (r.ReportingDueDay ?? BrigadeSettings.DefaultDueDay) + (r.GraceDays ?? BrigadeSettings.DefaultGraceDays) <= LatestDueDay;
}

public sealed class ConfigureBrigadeHandler(IGrainFactory grains, CallerAccessor callers)
    : IRequestHandler<ConfigureBrigade, BrigadeInfo>
{
    public async ValueTask<BrigadeInfo> Handle(ConfigureBrigade request, CancellationToken cancellationToken)
    {
        var defaults = StatusThresholds.Default;
        var thresholds = new StatusThresholds(
            request.Thresholds?.Yellow ?? defaults.Yellow,
            request.Thresholds?.Red ?? defaults.Red,
            request.Thresholds?.DueSoonDays ?? defaults.DueSoonDays);
        var settings = new BrigadeSettings(
            request.Name!, request.PartyOrgName!, request.DetachmentName!,
            request.TimeZone ?? BrigadeSettings.DefaultTimeZone, request.Recipient, thresholds,
            request.ReportingCycle ?? ReportingCycle.Monthly, request.ReportingDueDay ?? BrigadeSettings.DefaultDueDay,
            request.GraceDays ?? BrigadeSettings.DefaultGraceDays, request.RectificationWarningDays, request.RatingThreshold);
        var caller = await callers.Get();
        var brigade = grains.GetGrain<IBrigadeGrain>(request.BrigadeId);
        if (request.DetachmentId is not { } detachmentId)
        {
            return await brigade.Configure(settings, caller.Username);
        }

        // Under a 支队: the detachment must exist, and a brigade already someone else's is never taken over. Its
        // DetachmentAdmin learns only that the id is taken, nothing of whose it is.
        var detachment = grains.GetGrain<IDetachmentGrain>(detachmentId);
        await detachment.GetInfo();
        if (await Existing(brigade) is { } existing && existing.DetachmentId != detachmentId
            && (!caller.IsSystemAdmin || existing.DetachmentId is not null))
        {
            throw caller.IsSystemAdmin
                ? DomainException.Conflict($"大队 {request.BrigadeId} 已属于另一个支队。", "brigadeId")
                : DomainException.Conflict($"大队编号 {request.BrigadeId} 已被使用，请换一个编号。", "brigadeId");
        }

        await brigade.Configure(settings, caller.Username);
        await detachment.Attach(request.BrigadeId, caller.Username);
        return await brigade.GetInfo();
    }

    private static async Task<BrigadeInfo?> Existing(IBrigadeGrain brigade)
    {
        try
        {
            return await brigade.GetInfo();
        }
        catch (DomainException e) when (e.Kind == ErrorKind.NotFound)
        {
            return null;
        }
    }
}
