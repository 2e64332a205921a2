namespace Responsibility.Api.Oversight;

using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using FluentValidation;
using Mediator;
using Responsibility.Api.Common;
using Responsibility.Grains.Abstractions;

/// <summary>批准 with a date (which may differ from the one asked for), by the approver; never by the requester (403).</summary>
public sealed record GrantExtension([property: Required] DateOnly? GrantedDue, string? Note) : IRequest<ExtensionResponse>, IAuthorizedRequest
{
    [JsonIgnore]
    public string ExtensionId { get; init; } = "";

    public Permission Permission => new Permission.Extension(ExtensionId, ExtensionAction.Decide);
}

/// <summary>不予批准 with a reason, by the approver.</summary>
public sealed record RefuseExtension([property: Required] string? Reason) : IRequest<ExtensionResponse>, IAuthorizedRequest
{
    [JsonIgnore]
    public string ExtensionId { get; init; } = "";

    public Permission Permission => new Permission.Extension(ExtensionId, ExtensionAction.Decide);
}

public sealed class GrantExtensionValidator : AbstractValidator<GrantExtension>
{
    public GrantExtensionValidator()
    {
        RuleFor(r => r.GrantedDue).NotNull().WithMessage("请填写批准延期至的日期。")
            .Must(d => d is null || d.Value.Year is >= 2000 and <= 2100).WithMessage("日期须在 2000 年到 2100 年之间。");
        RuleFor(r => r.Note).Optional(1000);
    }
}

public sealed class RefuseExtensionValidator : AbstractValidator<RefuseExtension>
{
    public RefuseExtensionValidator() => RuleFor(r => r.Reason).Required(1000);
}

public sealed class DecideExtensionHandler(IGrainFactory grains, CallerAccessor callers) :
    IRequestHandler<GrantExtension, ExtensionResponse>,
    IRequestHandler<RefuseExtension, ExtensionResponse>
{
    public async ValueTask<ExtensionResponse> Handle(GrantExtension r, CancellationToken cancellationToken)
    {
        var caller = await callers.Get();
        var request = await grains.GetGrain<IExtensionGrain>(r.ExtensionId).Grant(r.GrantedDue!.Value, r.Note, caller.Username);
        return await new ExtensionResponses(grains).One(request);
    }

    public async ValueTask<ExtensionResponse> Handle(RefuseExtension r, CancellationToken cancellationToken)
    {
        var caller = await callers.Get();
        var request = await grains.GetGrain<IExtensionGrain>(r.ExtensionId).Refuse(r.Reason!, caller.Username);
        return await new ExtensionResponses(grains).One(request);
    }
}
