namespace Responsibility.Api.Detachments;

using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using FluentValidation;
using Mediator;
using Responsibility.Api.Common;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Detachments;
using Responsibility.Grains.Abstractions.Org;

/// <summary>Establishes a 支队 or renames it (system Admin).</summary>
public sealed record ConfigureDetachment([property: Required] string? Name, string? TimeZone)
    : IRequest<DetachmentResponse>, IAuthorizedRequest
{
    [JsonIgnore]
    public string DetachmentId { get; init; } = "";

    public Permission Permission => new Permission.Detachment(DetachmentId, DetachmentAction.Establish);
}

public sealed class ConfigureDetachmentValidator : AbstractValidator<ConfigureDetachment>
{
    public ConfigureDetachmentValidator()
    {
        RuleFor(r => r.DetachmentId).IsSlug();
        RuleFor(r => r.Name).Required(TextRules.Title);
        RuleFor(r => r.TimeZone)
            .Must(tz => tz is null || TimeZoneInfo.TryFindSystemTimeZoneById(tz, out _))
            .WithMessage("未知的时区，例如 Asia/Shanghai。");
    }
}

public sealed class ConfigureDetachmentHandler(IGrainFactory grains, CallerAccessor callers)
    : IRequestHandler<ConfigureDetachment, DetachmentResponse>
{
    public async ValueTask<DetachmentResponse> Handle(ConfigureDetachment request, CancellationToken cancellationToken)
    {
        var caller = await callers.Get();
        var settings = new DetachmentSettings(request.Name!, request.TimeZone ?? BrigadeSettings.DefaultTimeZone);
        var info = await grains.GetGrain<IDetachmentGrain>(request.DetachmentId).Configure(settings, caller.Username);
        return await DetachmentResponse.Of(info, grains);
    }
}

/// <summary>A 支队 with its brigades: every account of it, and the system administrator.</summary>
public sealed record GetDetachment(string DetachmentId) : IRequest<DetachmentResponse>, IAuthorizedRequest
{
    public Permission Permission => new Permission.Detachment(DetachmentId, DetachmentAction.Read);
}

public sealed class GetDetachmentValidator : AbstractValidator<GetDetachment>
{
    public GetDetachmentValidator() => RuleFor(r => r.DetachmentId).IsSlug();
}

public sealed class GetDetachmentHandler(IGrainFactory grains) : IRequestHandler<GetDetachment, DetachmentResponse>
{
    public async ValueTask<DetachmentResponse> Handle(GetDetachment request, CancellationToken cancellationToken) =>
        await DetachmentResponse.Of(await grains.GetGrain<IDetachmentGrain>(request.DetachmentId).GetInfo(), grains);
}

/// <summary>Attaches an existing brigade with all its data (system Admin): 409 if another detachment's, 404 if unknown.</summary>
public sealed record AttachBrigade(string DetachmentId, string BrigadeId) : IRequest<DetachmentResponse>, IAuthorizedRequest
{
    public Permission Permission => new Permission.Detachment(DetachmentId, DetachmentAction.Establish);
}

public sealed class AttachBrigadeValidator : AbstractValidator<AttachBrigade>
{
    public AttachBrigadeValidator()
    {
        RuleFor(r => r.DetachmentId).IsSlug();
        RuleFor(r => r.BrigadeId).IsSlug();
    }
}

public sealed class AttachBrigadeHandler(IGrainFactory grains, CallerAccessor callers) : IRequestHandler<AttachBrigade, DetachmentResponse>
{
    public async ValueTask<DetachmentResponse> Handle(AttachBrigade request, CancellationToken cancellationToken)
    {
        var caller = await callers.Get();
        var info = await grains.GetGrain<IDetachmentGrain>(request.DetachmentId).Attach(request.BrigadeId, caller.Username);
        return await DetachmentResponse.Of(info, grains);
    }
}
