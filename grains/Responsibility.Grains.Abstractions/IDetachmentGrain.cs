namespace Responsibility.Grains.Abstractions;

using Orleans.Concurrency;
using Responsibility.Grains.Abstractions.Detachments;
using Responsibility.Grains.Abstractions.Oversight;
using Responsibility.Grains.Abstractions.Supervision;
using Responsibility.Grains.Abstractions.Tasks;

/// <summary>
/// A 支队 (SPEC §5): its brigades, the templates it hands down, the figures that flow up from its brigades, its
/// schedule. Keyed by the detachment id; its events are the stream <c>detachment/{id}</c>. Only figures flow up: a
/// brigade's entries stay in the brigade.
/// </summary>
public interface IDetachmentGrain : IGrainWithStringKey
{
    /// <summary>Creates the detachment or renames it / changes its time zone.</summary>
    Task<DetachmentInfo> Configure(DetachmentSettings settings, string actor);

    /// <summary>The detachment with its brigades; <see cref="ErrorKind.NotFound"/> if never configured.</summary>
    Task<DetachmentInfo> GetInfo();

    /// <summary>Whether the brigade is one of this detachment's (false for a detachment never configured).</summary>
    Task<bool> HasBrigade(string brigadeId);

    /// <summary>
    /// Adds an existing, configured brigade (with all its data); the same brigade again changes nothing. A brigade
    /// already another detachment's is <see cref="ErrorKind.Conflict"/>; an unknown one <see cref="ErrorKind.NotFound"/>.
    /// </summary>
    Task<DetachmentInfo> Attach(string brigadeId, string actor);

    /// <summary>
    /// Its brigades' figures for <paramref name="year"/> (default: this year) as of the end of <paramref name="asOf"/>
    /// (default: today): each row equal to that brigade's own rollup as of the same day. A brigade's row is kept until
    /// it tells of a change (<see cref="BrigadeChanged"/>), and at most as long as its score is kept
    /// (<see cref="IBrigadeFiguresGrain"/>): a read with nothing changed asks no brigade.
    /// </summary>
    Task<DetachmentDashboard> GetDashboard(int? year, DateOnly? asOf);

    /// <summary>
    /// Told by a brigade that one of its figures may have moved since the detachment last read them (the first change
    /// after each read, before the change is answered), so the next dashboard asks that brigade again. Answered at
    /// once, even while a dashboard is being read.
    /// </summary>
    [AlwaysInterleave]
    Task BrigadeChanged(string brigadeId);

    /// <summary>
    /// 督办 (issue 20): issues an instruction of the detachment to one of its brigades (<see cref="ErrorKind.Invalid"/>
    /// naming <c>brigadeId</c> for another), addressed to the brigade's leaders; recorded in the detachment's stream first,
    /// so a retry with the same <paramref name="idempotencyKey"/> answers the same instruction (the key with another body:
    /// <see cref="ErrorKind.Unprocessable"/>).
    /// </summary>
    Task<InstructionRecord> Instruct(string brigadeId, string text, DateOnly? dueDate, string actor, string? idempotencyKey);

    /// <summary>Whether the instruction is one of this detachment's 督办 (answered from its stream: probing activates nothing).</summary>
    Task<bool> HasInstruction(string instructionId);

    /// <summary>The detachment's 督办 with where each stands today in its brigade, newest first.</summary>
    Task<InstructionView[]> ListInstructions();

    /// <summary>Told by a 支队通报's grain after each change, before its caller is answered.</summary>
    Task OnBulletinChanged(Bulletin bulletin);

    /// <summary>The detachment's 通报 of a year (all years without one): issued ones by number, then drafts.</summary>
    Task<Bulletin[]> ListBulletins(int? year);

    /// <summary>
    /// Publishes a task template (上级交办) and fans it out: one instance per brigade, a task of that brigade with the
    /// template as its source, waiting for the brigade to assign its unit and leader. The same caller repeating an
    /// <paramref name="idempotencyKey"/> gets the first answer (the fan-out completed); with another body,
    /// <see cref="ErrorKind.Unprocessable"/>.
    /// </summary>
    Task<TemplateView> PublishTemplate(TemplateTask template, string? idempotencyKey, string actor);

    /// <summary>The detachment's templates, newest first.</summary>
    Task<TemplateView[]> ListTemplates();

    /// <summary>A template with its brigades compared as of <paramref name="asOf"/> (default: today); unknown is NotFound.</summary>
    Task<TemplateComparison> GetTemplate(string templateId, DateOnly? asOf);

    /// <summary>
    /// Changes a template if <paramref name="expectedVersion"/> is current (null: whatever the version); every instance
    /// hears of it as a visible change (an event on the task, an inbox item for its brigade's Admin), keeping its brigade's
    /// unit and leader.
    /// </summary>
    Task<TemplateView> ChangeTemplate(string templateId, TaskPatch patch, int? expectedVersion, string actor);

    /// <summary>
    /// Publishes a 责任清单 item template (kind DutyItem) and fans it out: one item per brigade in its 清单 of the year, with
    /// the template as its source and no holders until its brigade's Admin sets them. Idempotency as <see cref="PublishTemplate"/>.
    /// </summary>
    Task<TemplateView> PublishDutyItemTemplate(TemplateDutyItem template, string? idempotencyKey, string actor);

    /// <summary>Changes a 清单 item template as <see cref="ChangeTemplate"/>: each brigade's item takes the fields and keeps its holders.</summary>
    Task<TemplateView> ChangeDutyItemTemplate(string templateId, DutyItemTemplatePatch patch, int? expectedVersion, string actor);

    /// <summary>
    /// The 月度调度通报 of an ended month (in the detachment's time zone), stored as a new version; earlier versions are
    /// kept and the month keeps its number (第N期, the detachment's series of the month's year). A month not yet ended is
    /// <see cref="ErrorKind.Invalid"/> naming <c>month</c>; one with the most versions allowed <see cref="ErrorKind.Conflict"/>.
    /// </summary>
    Task<DetachmentReport> GenerateMonthlyReport(int year, int month, string actor);

    /// <summary>
    /// Generates every month's report that is due (the 1st of the next month, 08:00 local, as the brigades') since the
    /// detachment was created and missing — or stored from before its month ended — oldest first; answers the months
    /// generated now (yyyy-MM). Its brigades' report schedules call it on every tick.
    /// </summary>
    Task<string[]> CatchUpMonthlyReports();

    /// <summary>The months reported, newest first.</summary>
    Task<DetachmentReportInfo[]> ListMonthlyReports();

    /// <summary>A stored version of a month's report (default: the latest); <see cref="ErrorKind.NotFound"/> if none.</summary>
    Task<DetachmentReport> GetMonthlyReport(int year, int month, int? version);
}
