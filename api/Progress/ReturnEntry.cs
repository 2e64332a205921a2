namespace Responsibility.Api.Progress;

using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using FluentValidation;
using Mediator;
using Responsibility.Api.Common;
using Responsibility.Grains.Abstractions;

public sealed record ReturnEntry([property: Required] string? Reason) : IRequest<EntryWithTask>, IAuthorizedRequest
{
    [JsonIgnore]
    public string TaskId { get; init; } = "";

    [JsonIgnore]
    public string EntryId { get; init; } = "";

    public Permission Permission => new Permission.Task(TaskId, TaskAction.Supervise);
}

public sealed class ReturnEntryValidator : AbstractValidator<ReturnEntry>
{
    public ReturnEntryValidator() => RuleFor(r => r.Reason).Required(TextRules.Note);
}

public sealed class ReturnEntryHandler(IGrainFactory grains, CallerAccessor callers) : IRequestHandler<ReturnEntry, EntryWithTask>
{
    public async ValueTask<EntryWithTask> Handle(ReturnEntry r, CancellationToken cancellationToken)
    {
        var caller = await callers.Get();
        return EntryWithTask.From(await grains.GetGrain<ITaskGrain>(r.TaskId).ReturnEntry(r.EntryId, r.Reason!, caller.Username));
    }
}
