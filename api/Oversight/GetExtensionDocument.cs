namespace Responsibility.Api.Oversight;

using Mediator;
using Responsibility.Api.Common;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Oversight;
using Responsibility.Reports.Layouts;

/// <summary>What a 延期申请审批单 says (md, html, docx): read by whoever reads the request.</summary>
public sealed record GetExtensionDocument(string ExtensionId) : IRequest<ExtensionContent>, IAuthorizedRequest
{
    public Permission Permission => new Permission.Extension(ExtensionId, ExtensionAction.Read);
}

public sealed class GetExtensionDocumentHandler(IGrainFactory grains, CallerAccessor callers, PermissionCheck permissions)
    : IRequestHandler<GetExtensionDocument, ExtensionContent>
{
    public async ValueTask<ExtensionContent> Handle(GetExtensionDocument r, CancellationToken cancellationToken)
    {
        var request = await permissions.FindExtension(await callers.Get(), r.ExtensionId) ?? throw DomainException.NotFound("延期申请不存在。");
        var e = await new ExtensionResponses(grains).One(request);
        var brigade = await grains.GetGrain<IBrigadeGrain>(request.BrigadeId).GetInfo();
        var zone = BrigadeClock.Zone(brigade.Settings.TimeZone);
        DateOnly Day(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime);
        return new ExtensionContent(
            brigade.Settings.Name, brigade.Settings.PartyOrgName, KindName(request.Target.Kind), e.TargetTitle, e.UnitName, e.RequesterName,
            Day(e.RequestedAt), e.OriginalDue, e.Due, e.ProposedDue, e.Ordinal, e.Reason, e.Progress, [.. e.Attachments.Select(a => a.FileName)],
            e.Approver.Name, e.SetByLeader,
            e.Decision is { } d ? new ExtensionDecisionContent(d.Granted, d.GrantedDue, d.Note, d.ByName, Day(d.At)) : null);
    }

    public static string KindName(ExtensionTargetKind kind) => kind switch
    {
        ExtensionTargetKind.Task => "年度任务",
        ExtensionTargetKind.Instruction => "督办批示",
        ExtensionTargetKind.Rectification => "整改事项",
        _ => "责任清单履责时点",
    };
}
