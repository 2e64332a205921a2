namespace Responsibility.Api.Instructions;

using System.Text.Json.Serialization;
using FluentValidation;
using Mediator;
using Responsibility.Api.Common;
using Responsibility.Grains.Abstractions;

/// <summary>
/// 办理情况 from the head of the unit the instruction is addressed to. <see cref="AttachmentIds"/> are stored as given: that
/// each names evidence the caller may attach is the attachment store's check, made where it is merged in.
/// </summary>
public sealed record AnswerInstruction(string? Text, string[]? AttachmentIds) : IRequest<InstructionResponse>, IAuthorizedRequest
{
    [JsonIgnore]
    public string InstructionId { get; init; } = "";

    public Permission Permission => new Permission.Instruction(InstructionId, InstructionAction.Answer);
}

public sealed class AnswerInstructionValidator : AbstractValidator<AnswerInstruction>
{
    public AnswerInstructionValidator()
    {
        RuleFor(r => r.Text).IsInstructionText();
        RuleFor(r => r.AttachmentIds).AreAttachmentIds();
    }
}

public sealed class AnswerInstructionHandler(IGrainFactory grains, CallerAccessor callers) : IRequestHandler<AnswerInstruction, InstructionResponse>
{
    public async ValueTask<InstructionResponse> Handle(AnswerInstruction r, CancellationToken cancellationToken)
    {
        var caller = await callers.Get();
        var record = await grains.GetGrain<IInstructionGrain>(r.InstructionId).Answer(r.Text!.Trim(), r.AttachmentIds ?? [], caller.Username);
        return await new InstructionResponses(grains).One(record.Definition.BrigadeId, record.Definition.Id);
    }
}
