namespace Responsibility.Api.Audit;

using FluentValidation;
using Mediator;
using Responsibility.Api.Common;
using Responsibility.Api.Hosting;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Reports;

/// <summary>Who may appear in a brigade's trail, by the names it shows: its accounts, the schedule and the system admin.</summary>
public sealed record ListAuditActors(string BrigadeId) : IRequest<AuditActor[]>, IAuthorizedRequest
{
    public Permission Permission => new Permission.Brigade(BrigadeId, BrigadeAction.ReadAudit);
}

public sealed record AuditActor(string Username, string Name);

public sealed class ListAuditActorsValidator : AbstractValidator<ListAuditActors>
{
    public ListAuditActorsValidator() => RuleFor(r => r.BrigadeId).IsSlug();
}

public sealed class ListAuditActorsHandler(IGrainFactory grains) : IRequestHandler<ListAuditActors, AuditActor[]>
{
    public async ValueTask<AuditActor[]> Handle(ListAuditActors r, CancellationToken cancellationToken)
    {
        var directory = grains.GetGrain<IAccountDirectoryGrain>(r.BrigadeId);
        var accounts = (await directory.Standings()).Select(a => new AuditActor(a.Username, a.DisplayName));
        var admin = (await directory.DisplayNames([AdminBootstrap.AdminUsername]))
            .Select(n => new AuditActor(n.Key, n.Value));
        return [.. accounts.OrderBy(a => a.Name, StringComparer.Ordinal).ThenBy(a => a.Username, StringComparer.Ordinal)
            .Concat(admin).Append(new AuditActor(ReportActors.Schedule, ReportActors.ScheduleName))];
    }
}
