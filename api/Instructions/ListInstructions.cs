namespace Responsibility.Api.Instructions;

using FluentValidation;
using Mediator;
using Responsibility.Api.Common;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Supervision;

/// <summary>
/// A brigade's instructions — of one unit, supervised by one leader, or all — each only where the caller may read it
/// (SPEC §3); a Viewer reads none. A unit or leader the brigade does not have is 404.
/// </summary>
public sealed record ListInstructions(string BrigadeId, string? UnitId, string? LeaderId, InstructionStatus? Status)
    : IRequest<InstructionResponse[]>, IAuthorizedRequest
{
    public Permission Permission => UnitId is null
        ? new Permission.Brigade(BrigadeId, BrigadeAction.ReadInstructions)
        : new Permission.Unit(BrigadeId, UnitId, UnitAction.ReadInstructions);
}

/// <summary>A task's instructions: whoever reads the task's entries reads them.</summary>
public sealed record ListTaskInstructions(string TaskId) : IRequest<InstructionResponse[]>, IAuthorizedRequest
{
    public Permission Permission => new Permission.Task(TaskId, TaskAction.ReadEntries);
}

public sealed class ListInstructionsValidator : AbstractValidator<ListInstructions>
{
    public ListInstructionsValidator()
    {
        RuleFor(r => r.BrigadeId).IsSlug();
        RuleFor(r => r.UnitId).IsSlug().When(r => r.UnitId is not null);
        RuleFor(r => r.LeaderId).IsSlug().When(r => r.LeaderId is not null);
        RuleFor(r => r.Status).IsInEnum();
    }
}

public sealed class ListInstructionsHandler(IGrainFactory grains, CallerAccessor callers) :
    IRequestHandler<ListInstructions, InstructionResponse[]>,
    IRequestHandler<ListTaskInstructions, InstructionResponse[]>
{
    public async ValueTask<InstructionResponse[]> Handle(ListInstructions r, CancellationToken cancellationToken)
    {
        var info = await grains.GetGrain<IBrigadeGrain>(r.BrigadeId).GetInfo();
        if (r.LeaderId is not null && Array.TrueForAll(info.Leaders, l => l.Id != r.LeaderId))
        {
            throw DomainException.NotFound($"班子成员 {r.LeaderId} 不存在。");
        }

        return await Readable(info, new InstructionFilter(r.UnitId, r.LeaderId, Status: r.Status));
    }

    /// <summary>
    /// Only the instructions the caller may open: a task moved to another unit keeps the instructions addressed to the
    /// unit it had, which the new unit's head does not read.
    /// </summary>
    public async ValueTask<InstructionResponse[]> Handle(ListTaskInstructions r, CancellationToken cancellationToken)
    {
        var task = (await grains.GetGrain<ITaskGrain>(r.TaskId).GetView(null)).Definition;
        return await Readable(await grains.GetGrain<IBrigadeGrain>(task.BrigadeId).GetInfo(), new InstructionFilter(TaskId: task.Id));
    }

    private async Task<InstructionResponse[]> Readable(BrigadeInfo info, InstructionFilter filter)
    {
        var caller = await callers.Get();
        var callerLeader = Array.Find(info.Leaders, l => l.Id == caller.LeaderId);
        var views = await grains.GetGrain<ISupervisionGrain>(info.Id).ListInstructions(filter);
        var readable = views.Where(v => AccessPolicy.CanActOnInstruction(caller, v.Record.Definition, InstructionAction.Read, callerLeader)).ToArray();
        return await new InstructionResponses(grains).From(info.Id, readable);
    }
}
