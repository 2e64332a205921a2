namespace Responsibility.Api.Duties;

using Responsibility.Api.Attachments;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Duties;
using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Reports;

/// <summary>
/// A 履责纪实 record as the API shows it, people by name. <see cref="Source"/> says whether a person wrote it or the system
/// made it from an instruction, a meeting or a return (<see cref="SourceId"/> links it).
/// </summary>
public sealed record DutyRecordResponse(
    string Id, string? LeaderId, string? UnitId, string HolderName, DutyRecordKind Kind, DateOnly OccurredOn, string Content,
    string[] Participants, string[] SlotIds, AttachmentResponse[] Attachments, FollowUp? FollowUp, string[] InstructionIds,
    string RecordedBy, string RecordedByName, DateTimeOffset RecordedAt, DutyRecordSource Source, string? SourceId);

/// <summary>Turns records into responses, naming people with one call for any number.</summary>
public sealed class DutyRecordResponses(IGrainFactory grains)
{
    public async Task<DutyRecordResponse[]> From(BrigadeInfo brigade, IReadOnlyCollection<DutyRecord> records)
    {
        var names = records.Count == 0 ? []
            : await grains.GetGrain<IAccountDirectoryGrain>(brigade.Id).DisplayNames([.. records.Select(r => r.RecordedBy).Distinct()]);
        return [.. records.Select(r => new DutyRecordResponse(
            r.Id, r.Holder.Kind == DutyHolderKind.Leader ? r.Holder.Id : null, r.Holder.Kind == DutyHolderKind.Unit ? r.Holder.Id : null,
            DutyNames.Of(brigade, r.Holder), r.Kind, r.OccurredOn, r.Content, r.Participants, r.SlotIds,
            [.. r.Attachments.Select(AttachmentResponse.From)], r.FollowUp, r.InstructionIds, r.RecordedBy,
            names.GetValueOrDefault(r.RecordedBy) ?? ReportActors.NameOf(r.RecordedBy), r.RecordedAt, r.Source, r.SourceId))];
    }
}
