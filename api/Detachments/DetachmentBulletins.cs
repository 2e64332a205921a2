namespace Responsibility.Api.Detachments;

using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using FluentValidation;
using Mediator;
using Responsibility.Api.Common;
using Responsibility.Api.Oversight;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Oversight;
using Responsibility.Grains.Abstractions.Supervision;

/// <summary>
/// Drafts a 支队通报 from the data (SPEC §6, "as a brigade's, naming brigades"): 表扬 the best-ranked brigades, 批评 those with
/// Red tasks or overdue 督办/整改, 情况 every brigade's figures. <see cref="Title"/> replaces the title written from the data.
/// </summary>
public sealed record DraftDetachmentBulletin([property: Required] BulletinKind? Kind, string? Title) : IRequest<BulletinResponse>, IAuthorizedRequest
{
    [JsonIgnore]
    public string DetachmentId { get; init; } = "";

    public Permission Permission => new Permission.Detachment(DetachmentId, DetachmentAction.Issue);
}

/// <summary>The detachment's 通报 of a year: issued ones by number, then drafts (drafts for DetachmentLeader and DetachmentAdmin).</summary>
public sealed record ListDetachmentBulletins(string DetachmentId, int? Year) : IRequest<BulletinResponse[]>, IAuthorizedRequest
{
    public Permission Permission => new Permission.Detachment(DetachmentId, DetachmentAction.Read);
}

/// <summary>One of the detachment's 通报: issued, every account of the detachment; a draft, its DetachmentLeader and DetachmentAdmin.</summary>
public sealed record GetDetachmentBulletin(string DetachmentId, string BulletinId) : IRequest<BulletinDocument>, IAuthorizedRequest
{
    public Permission Permission => new Permission.Detachment(DetachmentId, DetachmentAction.Read);
}

/// <summary>Changes a draft's title and body (DetachmentLeader); an issued 通报 is refused (409).</summary>
public sealed record EditDetachmentBulletin([property: Required] string? Title, [property: Required] string? Body)
    : IRequest<BulletinResponse>, IAuthorizedRequest
{
    [JsonIgnore]
    public string DetachmentId { get; init; } = "";

    [JsonIgnore]
    public string BulletinId { get; init; } = "";

    public Permission Permission => new Permission.Detachment(DetachmentId, DetachmentAction.Issue);
}

/// <summary>签发 under the detachment's next number of the year (DetachmentLeader); again answers it unchanged.</summary>
public sealed record IssueDetachmentBulletin(string DetachmentId, string BulletinId) : IRequest<BulletinResponse>, IAuthorizedRequest
{
    public Permission Permission => new Permission.Detachment(DetachmentId, DetachmentAction.Issue);
}

public sealed class DraftDetachmentBulletinValidator : AbstractValidator<DraftDetachmentBulletin>
{
    public DraftDetachmentBulletinValidator()
    {
        RuleFor(r => r.DetachmentId).IsSlug();
        RuleFor(r => r.Kind).NotNull().WithMessage("须选择通报类型（Situation、Commendation 或 Criticism）。")
            .IsInEnum().WithMessage("通报类型须为 Situation、Commendation 或 Criticism。");
        RuleFor(r => r.Title).Optional(TextRules.Title);
    }
}

public sealed class ListDetachmentBulletinsValidator : AbstractValidator<ListDetachmentBulletins>
{
    public ListDetachmentBulletinsValidator()
    {
        RuleFor(r => r.DetachmentId).IsSlug();
        RuleFor(r => r.Year).IsBulletinYear();
    }
}

public sealed class EditDetachmentBulletinValidator : AbstractValidator<EditDetachmentBulletin>
{
    public EditDetachmentBulletinValidator()
    {
        RuleFor(r => r.DetachmentId).IsSlug();
        RuleFor(r => r.Title).Required(TextRules.Title);
        RuleFor(r => r.Body).Required(BulletinRules.MaxBody);
    }
}

public sealed class DetachmentBulletinsHandler(IGrainFactory grains, CallerAccessor callers) :
    IRequestHandler<DraftDetachmentBulletin, BulletinResponse>,
    IRequestHandler<ListDetachmentBulletins, BulletinResponse[]>,
    IRequestHandler<GetDetachmentBulletin, BulletinDocument>,
    IRequestHandler<EditDetachmentBulletin, BulletinResponse>,
    IRequestHandler<IssueDetachmentBulletin, BulletinResponse>
{
    public async ValueTask<BulletinResponse> Handle(DraftDetachmentBulletin r, CancellationToken cancellationToken)
    {
        var caller = await callers.Get();
        var title = string.IsNullOrWhiteSpace(r.Title) ? null : r.Title.Trim();
        var bulletin = await grains.GetGrain<IBulletinGrain>(RecordIds.New())
            .DraftFromData(new BulletinRequest(Bulletin.NoBrigade, r.Kind!.Value, title, null, r.DetachmentId), caller.Username);
        return await One(bulletin);
    }

    public async ValueTask<BulletinResponse[]> Handle(ListDetachmentBulletins r, CancellationToken cancellationToken)
    {
        var drafts = await ReadsDrafts(r.DetachmentId);
        var bulletins = (await grains.GetGrain<IDetachmentGrain>(r.DetachmentId).ListBulletins(r.Year)).Where(b => drafts || b.IsIssued).ToArray();
        return bulletins.Length == 0 ? [] : await new BulletinResponses(grains).OfDetachment(r.DetachmentId, bulletins);
    }

    public async ValueTask<BulletinDocument> Handle(GetDetachmentBulletin r, CancellationToken cancellationToken)
    {
        var bulletin = await Find(r.DetachmentId, r.BulletinId);
        if (!bulletin.IsIssued && !await ReadsDrafts(r.DetachmentId))
        {
            throw DomainException.NotFound("通报不存在。");
        }

        return new(bulletin, (await grains.GetGrain<IDetachmentGrain>(r.DetachmentId).GetInfo()).Settings.Name);
    }

    public async ValueTask<BulletinResponse> Handle(EditDetachmentBulletin r, CancellationToken cancellationToken)
    {
        var caller = await callers.Get();
        await Find(r.DetachmentId, r.BulletinId);
        var body = string.Join("\n", r.Body!.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.TrimEnd())).Trim();
        return await One(await grains.GetGrain<IBulletinGrain>(r.BulletinId).Edit(r.Title!.Trim(), body, caller.Username));
    }

    public async ValueTask<BulletinResponse> Handle(IssueDetachmentBulletin r, CancellationToken cancellationToken)
    {
        var caller = await callers.Get();
        await Find(r.DetachmentId, r.BulletinId);
        return await One(await grains.GetGrain<IBulletinGrain>(r.BulletinId).Issue(caller.Username));
    }

    /// <summary>From the detachment's own list, so an id of nothing (or of a brigade's 通报) activates no bulletin: 404.</summary>
    private async Task<Bulletin> Find(string detachmentId, string bulletinId) =>
        (RecordIds.IsWellFormed(bulletinId)
            ? Array.Find(await grains.GetGrain<IDetachmentGrain>(detachmentId).ListBulletins(null), b => b.Id == bulletinId)
            : null)
        ?? throw DomainException.NotFound("通报不存在。");

    private async Task<bool> ReadsDrafts(string detachmentId)
    {
        var caller = await callers.Get();
        return caller.IsSystemAdmin || AccessPolicy.CanActOnDetachment(caller, detachmentId, DetachmentAction.ReadDetails);
    }

    private async Task<BulletinResponse> One(Bulletin bulletin) =>
        (await new BulletinResponses(grains).OfDetachment(bulletin.DetachmentId!, [bulletin]))[0];
}
