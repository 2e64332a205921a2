namespace Responsibility.Api.Oversight;

using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using FluentValidation;
using Mediator;
using Responsibility.Api.Common;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Oversight;
using Responsibility.Grains.Abstractions.Supervision;

/// <summary>
/// Drafts a 通报 written from the brigade's data: a 情况通报 of an inspection of the brigade (<see cref="InspectionId"/>),
/// or a 表扬 or 批评 of the units the data names. <see cref="Title"/> replaces the title written from the data.
/// </summary>
public sealed record DraftBulletin([property: Required] BulletinKind? Kind, string? Title, string? InspectionId)
    : IRequest<BulletinResponse>, IAuthorizedRequest
{
    [JsonIgnore]
    public string BrigadeId { get; init; } = "";

    public Permission Permission => new Permission.Brigade(BrigadeId, BrigadeAction.DraftBulletins);
}

/// <summary>Changes a draft's title and body; an issued 通报 is refused (409).</summary>
public sealed record EditBulletin([property: Required] string? Title, [property: Required] string? Body)
    : IRequest<BulletinResponse>, IAuthorizedRequest
{
    [JsonIgnore]
    public string BulletinId { get; init; } = "";

    public Permission Permission => new Permission.Bulletin(BulletinId, BulletinAction.Edit);
}

/// <summary>签发: issues the draft under the brigade's next number of the year; issuing it again answers it unchanged.</summary>
public sealed record IssueBulletin(string BulletinId) : IRequest<BulletinResponse>, IAuthorizedRequest
{
    public Permission Permission => new Permission.Bulletin(BulletinId, BulletinAction.Issue);
}

public sealed record GetBulletin(string BulletinId) : IRequest<BulletinResponse>, IAuthorizedRequest
{
    public Permission Permission => new Permission.Bulletin(BulletinId, BulletinAction.Read);
}

/// <summary>The 通报 itself with the brigade's settings, for the 公文 layout.</summary>
public sealed record GetBulletinDocument(string BulletinId) : IRequest<BulletinDocument>, IAuthorizedRequest
{
    public Permission Permission => new Permission.Bulletin(BulletinId, BulletinAction.Read);
}

/// <summary>The 通报 and its issuer as it signs (<see cref="Responsibility.Reports.Layouts.BulletinLayout.Issuer(Grains.Abstractions.Org.BrigadeSettings)"/>, or the 支队's name).</summary>
public sealed record BulletinDocument(Bulletin Bulletin, string Issuer);

/// <summary>The brigade's 通报 of a year (all years without one): issued ones by number, then drafts for those who draft.</summary>
public sealed record ListBulletins(string BrigadeId, int? Year) : IRequest<BulletinResponse[]>, IAuthorizedRequest
{
    public Permission Permission => new Permission.Brigade(BrigadeId, BrigadeAction.ReadBulletins);
}

public static class BulletinRules
{
    /// <summary>A 通报's body: some pages of text, never a file.</summary>
    public const int MaxBody = 20_000;

    public static IRuleBuilderOptions<T, int?> IsBulletinYear<T>(this IRuleBuilder<T, int?> rule) => rule
        .Must(y => y is null or (>= 2000 and <= 2100)).WithMessage("年度须在 2000 年到 2100 年之间。");
}

public sealed class DraftBulletinValidator : AbstractValidator<DraftBulletin>
{
    public DraftBulletinValidator()
    {
        RuleFor(r => r.BrigadeId).IsSlug();
        RuleFor(r => r.Kind).NotNull().WithMessage("须选择通报类型（Situation、Commendation 或 Criticism）。")
            .IsInEnum().WithMessage("通报类型须为 Situation、Commendation 或 Criticism。");
        RuleFor(r => r.Title).Optional(TextRules.Title);
        RuleFor(r => r.InspectionId).NotEmpty().WithMessage("情况通报须选择一次检查。").When(r => r.Kind == BulletinKind.Situation);
        RuleFor(r => r.InspectionId).Must(RecordIds.IsWellFormed).WithMessage("检查标识格式不正确。")
            .When(r => r.Kind == BulletinKind.Situation && !string.IsNullOrEmpty(r.InspectionId));
        RuleFor(r => r.InspectionId).Null().WithMessage("表扬和批评通报不关联检查。")
            .When(r => r.Kind is BulletinKind.Commendation or BulletinKind.Criticism);
    }
}

public sealed class EditBulletinValidator : AbstractValidator<EditBulletin>
{
    public EditBulletinValidator()
    {
        RuleFor(r => r.Title).Required(TextRules.Title);
        RuleFor(r => r.Body).Required(BulletinRules.MaxBody);
    }
}

public sealed class ListBulletinsValidator : AbstractValidator<ListBulletins>
{
    public ListBulletinsValidator()
    {
        RuleFor(r => r.BrigadeId).IsSlug();
        RuleFor(r => r.Year).IsBulletinYear();
    }
}

public sealed class BulletinHandler(IGrainFactory grains, CallerAccessor callers) :
    IRequestHandler<DraftBulletin, BulletinResponse>,
    IRequestHandler<EditBulletin, BulletinResponse>,
    IRequestHandler<IssueBulletin, BulletinResponse>,
    IRequestHandler<GetBulletin, BulletinResponse>,
    IRequestHandler<GetBulletinDocument, BulletinDocument>,
    IRequestHandler<ListBulletins, BulletinResponse[]>
{
    public async ValueTask<BulletinResponse> Handle(DraftBulletin r, CancellationToken cancellationToken)
    {
        var caller = await callers.Get();
        var title = string.IsNullOrWhiteSpace(r.Title) ? null : r.Title.Trim();
        var bulletin = await grains.GetGrain<IBulletinGrain>(RecordIds.New())
            .DraftFromData(new BulletinRequest(r.BrigadeId, r.Kind!.Value, title, r.InspectionId), caller.Username);
        return await One(bulletin);
    }

    public async ValueTask<BulletinResponse> Handle(EditBulletin r, CancellationToken cancellationToken)
    {
        var caller = await callers.Get();
        return await One(await grains.GetGrain<IBulletinGrain>(r.BulletinId).Edit(r.Title!.Trim(), Normalized(r.Body!), caller.Username));
    }

    public async ValueTask<BulletinResponse> Handle(IssueBulletin r, CancellationToken cancellationToken)
    {
        var caller = await callers.Get();
        return await One(await grains.GetGrain<IBulletinGrain>(r.BulletinId).Issue(caller.Username));
    }

    public async ValueTask<BulletinResponse> Handle(GetBulletin r, CancellationToken cancellationToken) =>
        await One(await Read(r.BulletinId));

    public async ValueTask<BulletinDocument> Handle(GetBulletinDocument r, CancellationToken cancellationToken)
    {
        var bulletin = await Read(r.BulletinId);
        return new(bulletin, bulletin.DetachmentId is { } detachmentId
            ? (await grains.GetGrain<IDetachmentGrain>(detachmentId).GetInfo()).Settings.Name
            : Responsibility.Reports.Layouts.BulletinLayout.Issuer(await grains.GetGrain<IBrigadeGrain>(bulletin.BrigadeId).GetSettings()));
    }

    public async ValueTask<BulletinResponse[]> Handle(ListBulletins r, CancellationToken cancellationToken)
    {
        var caller = await callers.Get();
        var info = await grains.GetGrain<IBrigadeGrain>(r.BrigadeId).GetInfo();
        var drafts = caller.IsSystemAdmin || AccessPolicy.CanReadBrigade(caller, r.BrigadeId, BrigadeAction.DraftBulletins);
        var bulletins = (await grains.GetGrain<IOversightGrain>(r.BrigadeId).ListBulletins(r.Year)).Where(b => drafts || b.IsIssued).ToList();
        // A 支队通报 is circulated to the brigades it names: issued, it is in their list after their own.
        bulletins.AddRange(await Circulated(grains, info, r.Year));
        return await new BulletinResponses(grains).Mixed(r.BrigadeId, bulletins);
    }

    /// <summary>Lines as the body keeps them: "\n" between, each trimmed at its end.</summary>
    private static string Normalized(string body) =>
        string.Join("\n", body.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.TrimEnd())).Trim();

    private async Task<Bulletin> Read(string id) =>
        await grains.GetGrain<IBulletinGrain>(id).Get() ?? throw DomainException.NotFound("通报不存在。");

    private async Task<BulletinResponse> One(Bulletin bulletin) => bulletin.DetachmentId is { } detachmentId
        ? (await new BulletinResponses(grains).OfDetachment(detachmentId, [bulletin]))[0]
        : (await new BulletinResponses(grains).From(bulletin.BrigadeId, [bulletin]))[0];

    /// <summary>The issued 支队通报 naming the brigade, of its detachment (none for a brigade on its own).</summary>
    public static async Task<Bulletin[]> Circulated(IGrainFactory grains, Grains.Abstractions.Org.BrigadeInfo brigade, int? year) =>
        brigade.DetachmentId is { } detachmentId
            ? [.. (await grains.GetGrain<IDetachmentGrain>(detachmentId).ListBulletins(year)).Where(b => b.IsIssued && b.NamedBrigades.Contains(brigade.Id))]
            : [];
}
