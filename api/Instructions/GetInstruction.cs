namespace Responsibility.Api.Instructions;

using Mediator;
using Responsibility.Api.Common;
using Responsibility.Grains.Abstractions;

public sealed record GetInstruction(string InstructionId) : IRequest<InstructionResponse>, IAuthorizedRequest
{
    public Permission Permission => new Permission.Instruction(InstructionId, InstructionAction.Read);
}

public sealed class GetInstructionHandler(IGrainFactory grains) : IRequestHandler<GetInstruction, InstructionResponse>
{
    public async ValueTask<InstructionResponse> Handle(GetInstruction r, CancellationToken cancellationToken)
    {
        // The system admin has no brigade of their own: the instruction says which it belongs to.
        var record = await grains.GetGrain<IInstructionGrain>(r.InstructionId).Get() ?? throw DomainException.NotFound("批示不存在。");
        return await new InstructionResponses(grains).One(record.Definition.BrigadeId, r.InstructionId);
    }
}
