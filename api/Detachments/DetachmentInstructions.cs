namespace Responsibility.Api.Detachments;

using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using FluentValidation;
using Mediator;
using Responsibility.Api.Common;
using Responsibility.Api.Instructions;
using Responsibility.Grains.Abstractions;

/// <summary>
/// 督办 from a 支队 to one of its brigades (SPEC §6): addressed to the brigade's leaders, who answer it (办理情况); the
/// detachment's leaders close or reopen it. Another detachment's brigade, or none, is missing (404).
/// </summary>
public sealed record InstructBrigade([property: Required] string? Text, DateOnly? DueDate) : IRequest<InstructionResponse>, IAuthorizedRequest
{
    [JsonIgnore]
    public string DetachmentId { get; init; } = "";

    [JsonIgnore]
    public string BrigadeId { get; init; } = "";

    /// <summary>A retry with the same key answers the same 督办; with another body, 422.</summary>
    [JsonIgnore]
    public string? IdempotencyKey { get; init; }

    public Permission Permission => new Permission.Detachment(DetachmentId, DetachmentAction.Instruct);
}

/// <summary>The detachment's 督办 with their brigade, due date and where each stands: every account of the detachment.</summary>
public sealed record ListDetachmentInstructions(string DetachmentId) : IRequest<InstructionResponse[]>, IAuthorizedRequest
{
    public Permission Permission => new Permission.Detachment(DetachmentId, DetachmentAction.Read);
}

public sealed class InstructBrigadeValidator : AbstractValidator<InstructBrigade>
{
    public InstructBrigadeValidator()
    {
        RuleFor(r => r.DetachmentId).IsSlug();
        RuleFor(r => r.BrigadeId).IsSlug();
        RuleFor(r => r.Text).IsInstructionText();
        RuleFor(r => r.DueDate).IsDueDate();
        RuleFor(r => r.IdempotencyKey).MaximumLength(128).WithName("Idempotency-Key").OverridePropertyName("idempotencyKey")
            .WithMessage("幂等键不能超过 128 个字符。");
    }
}

public sealed class ListDetachmentInstructionsValidator : AbstractValidator<ListDetachmentInstructions>
{
    public ListDetachmentInstructionsValidator() => RuleFor(r => r.DetachmentId).IsSlug();
}

public sealed class DetachmentInstructionsHandler(IGrainFactory grains, CallerAccessor callers) :
    IRequestHandler<InstructBrigade, InstructionResponse>,
    IRequestHandler<ListDetachmentInstructions, InstructionResponse[]>
{
    public async ValueTask<InstructionResponse> Handle(InstructBrigade r, CancellationToken cancellationToken)
    {
        var caller = await callers.Get();
        var detachment = grains.GetGrain<IDetachmentGrain>(r.DetachmentId);
        if (!await detachment.HasBrigade(r.BrigadeId))
        {
            throw DomainException.NotFound("大队不存在。");
        }

        var record = await detachment.Instruct(r.BrigadeId, r.Text!, r.DueDate, caller.Username, r.IdempotencyKey);
        return await new InstructionResponses(grains).One(r.BrigadeId, record.Definition.Id);
    }

    public async ValueTask<InstructionResponse[]> Handle(ListDetachmentInstructions r, CancellationToken cancellationToken)
    {
        var views = await grains.GetGrain<IDetachmentGrain>(r.DetachmentId).ListInstructions();
        var responses = new Dictionary<string, InstructionResponse>(StringComparer.Ordinal);
        foreach (var brigade in views.GroupBy(v => v.Record.Definition.BrigadeId))
        {
            foreach (var response in await new InstructionResponses(grains).From(brigade.Key, [.. brigade]))
            {
                responses[response.Id] = response;
            }
        }

        return [.. views.Select(v => responses[v.Record.Definition.Id])];
    }
}
