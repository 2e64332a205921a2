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
        var detachment = await DetachmentOf(info, views, people, names);
        string Person(string username) => names.GetValueOrDefault(username) ?? ReportActors.NameOf(username);
        string? LeaderName(string? leaderId) => leaderId is null ? null : Array.Find(info.Leaders, l => l.Id == leaderId)?.Name ?? leaderId;
        CloserResponse Closer(InstructionDefinition d)
        {
            var closer = InstructionAuthority.ExpectedCloser(d, accounts, info);
            var name = closer.Kind switch
            {
                CloserKind.Author => Person(d.Author),
                CloserKind.SupervisingLeader => LeaderName(closer.LeaderId)!,
                CloserKind.Detachment => detachment ?? d.DetachmentId!,
                _ => SupervisionText.BrigadeLeaders,
            };
            return new CloserResponse(closer.Kind, closer.Username, closer.LeaderId, name);
        }

        return [.. views.Select(v =>
        {
            var d = v.Record.Definition;
            var task = d.TaskId is null ? null : tasks.GetValueOrDefault(d.TaskId);
            return new InstructionResponse(
                d.Id, d.BrigadeId, d.UnitId, d.IsFromDetachment ? info.Settings.Name : Array.Find(info.Units, u => u.Id == d.UnitId)?.Name ?? d.UnitId, d.TaskId, task?.Code,
                task?.Title, d.Text, d.IssuedOn, d.DueDate, d.Author, Person(d.Author), d.LeaderId, LeaderName(d.LeaderId), d.MeetingId,
                d.DecisionNumber, v.Status, v.Record.Answer() is not null, v.Record.IsEscalated(), v.AsOf, v.Record.IssuedAt,
                [.. v.Record.Steps.Select(s => new InstructionStepResponse(s.Kind, s.Actor, Person(s.Actor), s.At, s.Text,
                    [.. (s.Attachments ?? []).Select(AttachmentResponse.From)], s.Due, s.ExtensionId))],
                Closer(d), d.DueDate, v.Record.Due(), v.Record.ExtensionCount, d.DetachmentId, d.IsFromDetachment ? detachment : null);
        })];
    }

    /// <summary>
    /// For a brigade's 支队督办: its detachment's name, and the names of the detachment's people on them (they are not the
    /// brigade's accounts), added to <paramref name="names"/>. Null when none is listed.
    /// </summary>
    private async Task<string?> DetachmentOf(
        Grains.Abstractions.Org.BrigadeInfo info, IReadOnlyCollection<InstructionView> views, string[] people, Dictionary<string, string> names)
    {
        if (info.DetachmentId is not { } detachmentId || !views.Any(v => v.Record.Definition.IsFromDetachment))
        {
            return null;
        }

        foreach (var username in people.Where(p => !names.ContainsKey(p)))
        {
            if (await grains.GetGrain<IUserGrain>(username).Get() is { DetachmentId: { } of } account && of == detachmentId)
            {
                names[username] = account.DisplayName;
            }
        }

        return (await grains.GetGrain<IDetachmentGrain>(detachmentId).GetInfo()).Settings.Name;
    }

    public async Task<InstructionResponse> One(string brigadeId, string instructionId)
    {
        var view = await grains.GetGrain<ISupervisionGrain>(brigadeId).FindInstruction(instructionId)
            ?? throw DomainException.NotFound("批示不存在。");
        return (await From(brigadeId, [view]))[0];
    }
}
