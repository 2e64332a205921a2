namespace Responsibility.Api.Audit;

using FluentValidation;
using Mediator;
using Responsibility.Api.Common;
using Responsibility.Api.Hosting;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Audit;
using Responsibility.Grains.Abstractions.Reports;
using Responsibility.Grains.Abstractions.Tasks;

public sealed record ReadAudit(
    string BrigadeId, DateOnly? From, DateOnly? To, string? Actor, string? TaskId, string? Kind, string? Cursor, int? Limit)
    : IRequest<AuditResponse>, IAuthorizedRequest
{
    public const int DefaultLimit = 50;

    public Permission Permission => new Permission.Brigade(BrigadeId, BrigadeAction.ReadAudit);

    public long? Before => Paging.Position(Cursor);
}

public sealed class ReadAuditValidator : AbstractValidator<ReadAudit>
{
    public ReadAuditValidator()
    {
        RuleFor(r => r.BrigadeId).IsSlug();
        RuleFor(r => r.To).GreaterThanOrEqualTo(r => r.From).When(r => r.From is not null && r.To is not null)
            .WithMessage("结束日期不能早于开始日期。");
        RuleFor(r => r.Actor).Optional(TextRules.Name);
        RuleFor(r => r.TaskId).Must(TaskIds.IsWellFormed).When(r => r.TaskId is not null).WithMessage("不是有效的任务编号。");
        RuleFor(r => r.Kind).Must(k => AuditKinds.Names.ContainsKey(k!)).When(r => r.Kind is not null)
            .WithMessage("不是可选的操作类型。");
        RuleFor(r => r.Cursor).IsCursor();
        RuleFor(r => r.Limit).IsPageSize(200);
    }
}

/// <summary>The trail; <see cref="ReadAudit.Actor"/> is a username or the name the trail shows (王立侠, 系统自动生成).</summary>
public sealed class ReadAuditHandler(IGrainFactory grains) : IRequestHandler<ReadAudit, AuditResponse>
{
    public async ValueTask<AuditResponse> Handle(ReadAudit r, CancellationToken cancellationToken)
    {
        var directory = grains.GetGrain<IAccountDirectoryGrain>(r.BrigadeId);
        var actor = r.Actor is { } given ? await Username(directory, given.Trim()) : null;
        var page = await grains.GetGrain<IAuditGrain>(r.BrigadeId).Read(
            new AuditFilter(r.Limit ?? ReadAudit.DefaultLimit, r.From, r.To, actor, r.TaskId, r.Kind, r.Before));
        var names = await directory.DisplayNames([.. page.Entries.Select(e => e.Actor).Distinct()]);
        return new AuditResponse(
            [.. page.Entries.Select(e => new AuditLine(
                e.Position, e.At, e.Actor, names.GetValueOrDefault(e.Actor) ?? ReportActors.NameOf(e.Actor), e.Kind, e.Action, e.TaskId, e.Subject, e.Changes))],
            page.Next is { } next ? Paging.Cursor(next) : null);
    }

    /// <summary>An account's username as given, or the first account (in username order) the trail names so.</summary>
    private static async Task<string> Username(IAccountDirectoryGrain directory, string actor)
    {
        var people = await directory.Standings();
        if (people.Any(p => p.Username == actor))
        {
            return actor;
        }

        var named = Array.Find(people, p => p.DisplayName == actor)?.Username;
        var special = await directory.DisplayNames([AdminBootstrap.AdminUsername]);
        return named
            ?? (actor == ReportActors.ScheduleName ? ReportActors.Schedule : null)
            ?? special.FirstOrDefault(n => n.Value == actor).Key
            ?? actor;
    }
}
