namespace Responsibility.Api.Duties;

using FluentValidation;
using Mediator;
using Responsibility.Api.Common;
using Responsibility.Api.Pages;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Ballots;
using Responsibility.Grains.Abstractions.Duties;

/// <summary>
/// A leader's 廉政档案 for a year: their 清单 completion on both lines, their records and, apart, their 谈话, and the
/// 责任书 they signed on either side, their 述责述廉报告 (every year drafted, with its state), their 民主测评 results. Read where the leader's records are read.
/// </summary>
public sealed record GetArchive(string BrigadeId, string LeaderId, int? Year) : IRequest<ArchiveResponse>, IAuthorizedRequest
{
    public Permission Permission => new Permission.Holder(DutyHolder.Leader(BrigadeId, LeaderId), HolderAction.ReadRecords);
}

public sealed record ArchiveResponse(
    string LeaderId, string Name, string Post, bool IsFirstResponsible, int Year, DutyCompletionResponse Completion,
    DutyRecordResponse[] Records, DutyRecordResponse[] Talks, PledgeResponse[] Pledges, ArchiveRating[] Ratings,
    Grains.Abstractions.Appraisal.AccountabilityReportInfo[]? AccountabilityReports = null);

/// <summary>The leader's 民主测评 result at a 述责述廉 meeting of the year whose rating was closed.</summary>
public sealed record ArchiveRating(string MeetingId, DateOnly Date, string Title, double Threshold, LeaderRating Rating);

public sealed class GetArchiveValidator : AbstractValidator<GetArchive>
{
    public GetArchiveValidator()
    {
        RuleFor(r => r.BrigadeId).IsSlug();
        RuleFor(r => r.LeaderId).IsSlug();
        RuleFor(r => r.Year).IsDutyYear();
    }
}

public sealed class GetArchiveHandler(IGrainFactory grains, IServiceProvider services) : IRequestHandler<GetArchive, ArchiveResponse>
{
    public async ValueTask<ArchiveResponse> Handle(GetArchive r, CancellationToken cancellationToken)
    {
        var brigade = await grains.GetGrain<IBrigadeGrain>(r.BrigadeId).GetInfo();
        var leader = Array.Find(brigade.Leaders, l => l.Id == r.LeaderId)!;
        var year = r.Year ?? BrigadeDay.Today(services, brigade.Settings.TimeZone).Year;
        var grain = grains.GetGrain<ILeaderGrain>(GrainKeys.Leader(r.BrigadeId, r.LeaderId));
        var sheet = await grain.GetDuties(year, null);
        var records = await new DutyRecordResponses(grains).From(brigade, await grain.GetRecords(year));
        var list = grains.GetGrain<IDutyListGrain>(GrainKeys.DutyList(r.BrigadeId, year));
        var items = await list.List();
        var pledges = (await list.GetPledges())
            .Where(p => p.PartyA == r.LeaderId || p.PartyB == DutyHolder.Leader(r.BrigadeId, r.LeaderId))
            .Select(p => PledgeResponse.From(p, brigade, items));
        var ratings = (await grains.GetGrain<ISupervisionGrain>(r.BrigadeId).ListMeetings())
            .Where(m => m.Definition.Date.Year == year && m.Ratings is not null)
            .SelectMany(m => m.Ratings!.Leaders.Where(l => l.LeaderId == r.LeaderId)
                .Select(l => new ArchiveRating(m.Definition.Id, m.Definition.Date, m.Definition.Title, m.Ratings.Threshold, l)));
        return new ArchiveResponse(
            leader.Id, leader.Name, leader.Post, leader.IsFirstResponsible, year, new(sheet.Business, sheet.Accountability),
            records, [.. records.Where(x => x.Kind is DutyRecordKind.Talk or DutyRecordKind.Reminder or DutyRecordKind.Interview)], [.. pledges],
            [.. ratings.OrderBy(x => x.Date)],
            await grain.ListAccountabilityReports());
    }
}
