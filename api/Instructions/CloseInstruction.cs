namespace Responsibility.Api.Instructions;

using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using FluentValidation;
using Mediator;
using Responsibility.Api.Common;
using Responsibility.Grains.Abstractions;

/// <summary>办结, by the instruction's author.</summary>
public sealed record CloseInstruction(string InstructionId) : IRequest<InstructionResponse>, IAuthorizedRequest
{
    public Permission Permission => new Permission.Instruction(InstructionId, InstructionAction.Close);
}

/// <summary>Back to work with a reason, by the instruction's author.</summary>
public sealed record ReopenInstruction([property: Required] string? Reason) : IRequest<InstructionResponse>, IAuthorizedRequest
{
    [JsonIgnore]
    public string InstructionId { get; init; } = "";

    public Permission Permission => new Permission.Instruction(InstructionId, InstructionAction.Close);
}

public sealed class ReopenInstructionValidator : AbstractValidator<ReopenInstruction>
{
    public ReopenInstructionValidator() => RuleFor(r => r.Reason).Required(TextRules.Note);
}

public sealed class CloseInstructionHandler(IGrainFactory grains, CallerAccessor callers) :
    IRequestHandler<CloseInstruction, InstructionResponse>,
    IRequestHandler<ReopenInstruction, InstructionResponse>
{
    public async ValueTask<InstructionResponse> Handle(CloseInstruction r, CancellationToken cancellationToken)
    {
        var caller = await callers.Get();
        var record = await grains.GetGrain<IInstructionGrain>(r.InstructionId).Close(caller.Username);
        return await new InstructionResponses(grains).One(record.Definition.BrigadeId, record.Definition.Id);
    }

    public async ValueTask<InstructionResponse> Handle(ReopenInstruction r, CancellationToken cancellationToken)
    {
        var caller = await callers.Get();
        var record = await grains.GetGrain<IInstructionGrain>(r.InstructionId).Reopen(r.Reason!.Trim(), caller.Username);
        return await new InstructionResponses(grains).One(record.Definition.BrigadeId, record.Definition.Id);
    }
}
