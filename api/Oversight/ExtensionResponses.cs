namespace Responsibility.Api.Oversight;

using Responsibility.Api.Attachments;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Oversight;
using Responsibility.Grains.Abstractions.Reports;
using Responsibility.Grains.Abstractions.Text;

/// <summary>Turns extension requests into responses, naming units, leaders and people with two calls for any number.</summary>
public sealed class ExtensionResponses(IGrainFactory grains)
{
    public async Task<ExtensionResponse[]> From(string brigadeId, IReadOnlyCollection<ExtensionRequest> requests)
    {
        if (requests.Count == 0)
        {
            return [];
        }

        var info = await grains.GetGrain<IBrigadeGrain>(brigadeId).GetInfo();
        var people = requests.SelectMany(e => new[] { e.Requester, e.Decision?.By }).OfType<string>().Distinct().ToArray();
        var names = await grains.GetGrain<IAccountDirectoryGrain>(brigadeId).DisplayNames(people);
        string Person(string username) => names.GetValueOrDefault(username) ?? ReportActors.NameOf(username);
        return [.. requests.Select(e => new ExtensionResponse(
            e.Id, e.BrigadeId, e.Target, e.TargetTitle, e.UnitId, e.UnitId is null ? null : Array.Find(info.Units, u => u.Id == e.UnitId)?.Name ?? e.UnitId,
            e.Requester, Person(e.Requester), e.RequestedAt, e.Deadline.OriginalDue, e.Deadline.Due, e.Deadline.ExtensionCount, e.ProposedDue,
            e.Reason, e.Progress, [.. e.Attachments.Select(AttachmentResponse.From)], e.Ordinal,
            new ExtensionApproverResponse(
                e.Approver.LeaderId, e.Approver.BrigadeLeaders,
                e.Approver.LeaderId is { } l ? Array.Find(info.Leaders, x => x.Id == l)?.Name ?? l : SupervisionText.BrigadeLeaders),
            e.SetByLeader, e.State,
            e.Decision is { } d ? new ExtensionDecisionResponse(d.Granted, d.GrantedDue, d.Note, d.By, Person(d.By), d.At) : null,
            e.Version))];
    }

    public async Task<ExtensionResponse> One(ExtensionRequest request) => (await From(request.BrigadeId, [request]))[0];
}
