namespace Responsibility.Api.Instructions;

using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using FluentValidation;
using Mediator;
using Responsibility.Api.Common;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Supervision;

/// <summary>批示 on a task: a brigade leader, or a leader supervising the task or its unit (the task's Supervise permission).</summary>
public sealed record IssueTaskInstruction([property: Required] string? Text, DateOnly? DueDate) : IRequest<InstructionResponse>, IAuthorizedRequest
{
    [JsonIgnore]
    public string TaskId { get; init; } = "";

    public Permission Permission => new Permission.Task(TaskId, TaskAction.Supervise);
}

/// <summary>批示 on a unit: a brigade leader, or the leader supervising the unit.</summary>
public sealed record IssueUnitInstruction([property: Required] string? Text, DateOnly? DueDate) : IRequest<InstructionResponse>, IAuthorizedRequest
{
    [JsonIgnore]
    public string BrigadeId { get; init; } = "";

    [JsonIgnore]
    public string UnitId { get; init; } = "";

    public Permission Permission => new Permission.Unit(BrigadeId, UnitId, UnitAction.Instruct);
}

public sealed class IssueTaskInstructionValidator : AbstractValidator<IssueTaskInstruction>
{
    public IssueTaskInstructionValidator()
    {
        RuleFor(r => r.Text).IsInstructionText();
        RuleFor(r => r.DueDate).IsDueDate();
    }
}

public sealed class IssueUnitInstructionValidator : AbstractValidator<IssueUnitInstruction>
{
    public IssueUnitInstructionValidator()
    {
        RuleFor(r => r.BrigadeId).IsSlug();
        RuleFor(r => r.UnitId).IsSlug();
        RuleFor(r => r.Text).IsInstructionText();
        RuleFor(r => r.DueDate).IsDueDate();
    }
}

public sealed class IssueInstructionHandler(IGrainFactory grains, CallerAccessor callers) :
    IRequestHandler<IssueTaskInstruction, InstructionResponse>,
    IRequestHandler<IssueUnitInstruction, InstructionResponse>
{
    public async ValueTask<InstructionResponse> Handle(IssueTaskInstruction r, CancellationToken cancellationToken)
    {
        var task = (await grains.GetGrain<ITaskGrain>(r.TaskId).GetView(null)).Definition;
        return await Issue(new InstructionDraft(task.BrigadeId, null, task.Id, r.Text!, r.DueDate));
    }

    public ValueTask<InstructionResponse> Handle(IssueUnitInstruction r, CancellationToken cancellationToken) =>
        Issue(new InstructionDraft(r.BrigadeId, r.UnitId, null, r.Text!, r.DueDate));

    private async ValueTask<InstructionResponse> Issue(InstructionDraft draft)
    {
        var caller = await callers.Get();
        var record = await grains.GetGrain<IInstructionGrain>(RecordIds.New()).Issue(draft, caller.Username);
        return await new InstructionResponses(grains).One(draft.BrigadeId, record.Definition.Id);
    }
}
