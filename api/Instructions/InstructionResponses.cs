namespace Responsibility.Api.Instructions;

using Responsibility.Api.Attachments;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Reports;
using Responsibility.Grains.Abstractions.Supervision;
using Responsibility.Grains.Abstractions.Text;

/// <summary>Turns instruction views into responses, naming units, leaders, tasks and people with three calls for any number.</summary>
public sealed class InstructionResponses(IGrainFactory grains)
{
    public async Task<InstructionResponse[]> From(string brigadeId, IReadOnlyCollection<InstructionView> views)
    {
        if (views.Count == 0)
        {
            return [];
        }

        var brigade = grains.GetGrain<IBrigadeGrain>(brigadeId);
        var info = await brigade.GetInfo();
        var taskIds = views.Select(v => v.Record.Definition.TaskId).OfType<string>().Distinct().ToArray();
        var tasks = (await brigade.GetDefinitions(taskIds)).ToDictionary(t => t.Id, StringComparer.Ordinal);
        var people = views.SelectMany(v => v.Record.Steps.Select(s => s.Actor).Append(v.Record.Definition.Author)).Distinct().ToArray();
        var directory = grains.GetGrain<IAccountDirectoryGrain>(brigadeId);
        var names = await directory.DisplayNames(people);
        var accounts = await directory.Standings();
        string Person(string username) => names.GetValueOrDefault(username) ?? ReportActors.NameOf(username);
        string? LeaderName(string? leaderId) => leaderId is null ? null : Array.Find(info.Leaders, l => l.Id == leaderId)?.Name ?? leaderId;
        CloserResponse Closer(InstructionDefinition d)
        {
            var closer = InstructionAuthority.ExpectedCloser(d, accounts, info);
            var name = closer.Kind switch
            {
                CloserKind.Author => Person(d.Author),
                CloserKind.SupervisingLeader => LeaderName(closer.LeaderId)!,
                _ => SupervisionText.BrigadeLeaders,
            };
            return new CloserResponse(closer.Kind, closer.Username, closer.LeaderId, name);
        }

        return [.. views.Select(v =>
        {
            var d = v.Record.Definition;
            var task = d.TaskId is null ? null : tasks.GetValueOrDefault(d.TaskId);
            return new InstructionResponse(
                d.Id, d.BrigadeId, d.UnitId, Array.Find(info.Units, u => u.Id == d.UnitId)?.Name ?? d.UnitId, d.TaskId, task?.Code,
                task?.Title, d.Text, d.IssuedOn, d.DueDate, d.Author, Person(d.Author), d.LeaderId, LeaderName(d.LeaderId), d.MeetingId,
                d.DecisionNumber, v.Status, v.Record.Answer() is not null, v.Record.IsEscalated(), v.AsOf, v.Record.IssuedAt,
                [.. v.Record.Steps.Select(s => new InstructionStepResponse(s.Kind, s.Actor, Person(s.Actor), s.At, s.Text,
                    [.. (s.Attachments ?? []).Select(AttachmentResponse.From)], s.Due, s.ExtensionId))],
                Closer(d), d.DueDate, v.Record.Due(), v.Record.ExtensionCount);
        })];
    }

    public async Task<InstructionResponse> One(string brigadeId, string instructionId)
    {
        var view = await grains.GetGrain<ISupervisionGrain>(brigadeId).FindInstruction(instructionId)
            ?? throw DomainException.NotFound("批示不存在。");
        return (await From(brigadeId, [view]))[0];
    }
}
