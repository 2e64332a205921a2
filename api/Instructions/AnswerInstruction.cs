namespace Responsibility.Api.Instructions;

using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using FluentValidation;
using Mediator;
using Responsibility.Api.Attachments;
using Responsibility.Api.Common;
using Responsibility.Grains.Abstractions;

/// <summary>
/// 办理情况 from the head of the unit the instruction is addressed to, with the files (佐证材料) named by
/// <see cref="AttachmentIds"/>: each the caller's own upload in the brigade, not attached elsewhere, or the answer is
/// refused naming <c>attachmentIds</c> and nothing changes (the instruction grain decides, as the task grain does for entries).
/// </summary>
public sealed record AnswerInstruction([property: Required] string? Text, string[]? AttachmentIds) : IRequest<InstructionResponse>, IAuthorizedRequest
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
