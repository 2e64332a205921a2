namespace Responsibility.Api.Appraisal;

using FluentValidation;
using Mediator;
using Responsibility.Api.Common;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Appraisal;
using Responsibility.Grains.Abstractions.Duties;
using Responsibility.Reports.Layouts;

/// <summary>
/// The 考核评分表 of a period (units or leaders) as the office prints it: read by everyone in the brigade, like the scores;
/// a subject's 自评 explanations only where the reader reads that subject's records.
/// </summary>
public sealed record GetAppraisalSheet(string BrigadeId, int Year, string Period, AppraisalSubjects Subjects)
    : IRequest<AppraisalSheetContent>, IAuthorizedRequest
{
    public Permission Permission => new Permission.Brigade(BrigadeId, BrigadeAction.ReadAppraisal);
}

public sealed class GetAppraisalSheetValidator : AbstractValidator<GetAppraisalSheet>
{
    public GetAppraisalSheetValidator()
    {
        RuleFor(r => r.BrigadeId).IsSlug();
        RuleFor(r => r.Year).IsAppraisalYear();
        RuleFor(r => r.Period).NotEmpty().WithMessage("须指定考核期。").IsPeriod();
        RuleFor(r => r.Subjects).IsInEnum().WithMessage("考核对象须为 Units 或 Leaders。");
    }
}

public sealed class GetAppraisalSheetHandler(IGrainFactory grains, CallerAccessor callers, PermissionCheck permissions)
    : IRequestHandler<GetAppraisalSheet, AppraisalSheetContent>
{
    public async ValueTask<AppraisalSheetContent> Handle(GetAppraisalSheet r, CancellationToken cancellationToken)
    {
        var appraisal = grains.GetGrain<IAppraisalGrain>(GrainKeys.Appraisal(r.BrigadeId, r.Year));
        var scores = await appraisal.GetScores(r.Period, SchemeResponse.Kind(r.Subjects), null);
        var caller = await callers.Get();
        var shown = new List<SubjectScore>(scores.Scores.Length);
        foreach (var s in scores.Scores)
        {
            var holder = new DutyHolder(r.BrigadeId, s.Subject.Kind, s.Subject.Id);
            shown.Add(await permissions.Allows(caller, new Permission.Holder(holder, HolderAction.ReadRecords))
                ? s
                : s with { Lines = [.. s.Lines.Select(l => l with { Self = l.Self is { } self ? self with { Note = null, AttachmentIds = [] } : null })] });
        }

        var brigade = await grains.GetGrain<IBrigadeGrain>(r.BrigadeId).GetInfo();
        AppraisalPeriod.TryParse(scores.Period, out var period);
        return AppraisalSheetContent.From(brigade.Settings.Name, await appraisal.GetScheme(), period!, scores with { Scores = [.. shown] });
    }
}
