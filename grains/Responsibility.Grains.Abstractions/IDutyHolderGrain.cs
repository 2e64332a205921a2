namespace Responsibility.Grains.Abstractions;

using Orleans.Concurrency;
using Responsibility.Grains.Abstractions.Duties;

/// <summary>
/// What a leader or a unit holds of the 一岗双责 chain and answers for (履责): its items of each year's 清单 and their
/// slots, its 履责纪实 records and 谈话, and the 责任书 it signs as second party. Its stream in the event log holds every
/// record and signing (留痕); slots are judged from them on any day.
/// </summary>
public interface IDutyHolderGrain : IGrainWithStringKey
{
    /// <summary>The holder's items of <paramref name="year"/> with their slots as they stood at the end of <paramref name="asOf"/> (default today).</summary>
    Task<DutySheet> GetDuties(int year, DateOnly? asOf);

    /// <summary>
    /// Records what was done (一事一记). The slots named must be the holder's, of the year the record falls in; the files
    /// the actor's own uploads in the brigade; a follow-up's units the brigade's (<see cref="ErrorKind.Invalid"/> naming
    /// the field, nothing recorded). A follow-up issues one instruction per unit, supervised by the leader who talked.
    /// </summary>
    Task<DutyRecord> Record(DutyRecordDraft draft, string actor);

    /// <summary>The holder's records of <paramref name="year"/>, newest first: those written and, for a leader, those the system made from what they did.</summary>
    Task<DutyRecord[]> GetRecords(int year);

    /// <summary>Whether any record of <paramref name="year"/> fulfils a slot of the item: then it may no longer be removed.</summary>
    Task<bool> HasRecordsFor(string itemId, int year);

    /// <summary>Records the signing of a 责任书 the holder signs as second party; the scan must be an upload of the actor's in the brigade.</summary>
    Task<PledgeSignature> SignPledge(string pledgeId, DateOnly signedOn, string? attachmentId, string actor);

    /// <summary>
    /// The 责任书 the holder signed in <paramref name="year"/>. Interleaves: a leader drafting its 述责述廉报告 reads the year's
    /// 责任书, which read this back.
    /// </summary>
    [AlwaysInterleave]
    Task<PledgeSignature[]> GetSignatures(int year);

    /// <summary>
    /// Moves a slot's current due date by a granted extension; the slot keeps its original one. The same extension again
    /// changes nothing.
    /// </summary>
    Task MoveSlotDue(string slotId, string extensionId, DateOnly due, string actor);
}

/// <summary>A 班子成员 and what is theirs (廉政档案), keyed <c>{brigadeId}/{leaderId}</c>.</summary>
public interface ILeaderGrain : IDutyHolderGrain
{
    /// <summary>
    /// The leader's 述责述廉报告 of <paramref name="year"/>, at <paramref name="version"/> (default the latest); drafted from
    /// the data as version 1 on the first read when there is none (a year not yet begun is <see cref="ErrorKind.NotFound"/>,
    /// as is a version it does not have).
    /// </summary>
    Task<Appraisal.AccountabilityReport> GetAccountabilityReport(int year, int? version, string actor);

    /// <summary>The leader's text (a new version); refused once submitted or accepted (<see cref="ErrorKind.Conflict"/>).</summary>
    Task<Appraisal.AccountabilityReport> EditAccountabilityReport(int year, Appraisal.AccountabilityEdit edit, string actor);

    /// <summary>
    /// The figures and the three drafted parts written again from today's data (a new version), the 廉洁自律 text kept;
    /// only while a draft or returned.
    /// </summary>
    Task<Appraisal.AccountabilityReport> RedraftAccountabilityReport(int year, string actor);

    /// <summary>Submits a draft or a returned report; one without 廉洁自律 text is <see cref="ErrorKind.Invalid"/> naming <c>integrity</c>.</summary>
    Task<Appraisal.AccountabilityReport> SubmitAccountabilityReport(int year, string actor);

    /// <summary>Returns a submitted report with a note (<see cref="ErrorKind.Conflict"/> unless submitted).</summary>
    Task<Appraisal.AccountabilityReport> ReturnAccountabilityReport(int year, string note, string actor);

    /// <summary>Accepts a submitted report; it changes no more (<see cref="ErrorKind.Conflict"/> unless submitted).</summary>
    Task<Appraisal.AccountabilityReport> AcceptAccountabilityReport(int year, string actor);

    /// <summary>The leader's reports, newest year first, without drafting any.</summary>
    Task<Appraisal.AccountabilityReportInfo[]> ListAccountabilityReports();
}

/// <summary>A base unit and what is its own, keyed <c>{brigadeId}/{unitId}</c>, including its 廉政风险点 register.</summary>
public interface IUnitGrain : IDutyHolderGrain
{
    /// <summary>Creates or changes a row of the unit's register; its 责任领导 must be a leader of the brigade.</summary>
    Task<RiskRow> PutRisk(RiskRow row, string actor);

    Task<RiskRow[]> GetRisks(int year);

    /// <summary>
    /// Opens a 整改 item of the unit (called by its inspection); the same item again answers it unchanged. An earlier item
    /// of the unit with the same category makes it 重复发生 (<see cref="Oversight.Rectification.RepeatOf"/>: the latest such).
    /// </summary>
    Task<Oversight.Rectification> OpenRectification(Oversight.Rectification item, string actor);

    /// <summary>整改情况 with evidence files (the actor's uploads in the brigade); none once closed (<see cref="ErrorKind.Conflict"/>).</summary>
    Task<Oversight.Rectification> ReportRectification(string rectificationId, string text, string[] attachmentIds, string actor);

    /// <summary>销号: only a reported item whose report carries evidence (<see cref="ErrorKind.Conflict"/> otherwise).</summary>
    Task<Oversight.Rectification> CloseRectification(string rectificationId, string actor);

    /// <summary>退回 a reported item with a reason (<see cref="ErrorKind.Conflict"/> unless reported).</summary>
    Task<Oversight.Rectification> ReturnRectification(string rectificationId, string reason, string actor);

    /// <summary>Moves an item's current due date by a granted extension; the same extension again changes nothing.</summary>
    Task<Oversight.Rectification> MoveRectificationDue(string rectificationId, string extensionId, DateOnly due, string actor);

    /// <summary>The item; null when the unit has none under this id.</summary>
    Task<Oversight.Rectification?> GetRectification(string rectificationId);

    /// <summary>The unit's 整改 items, oldest first.</summary>
    Task<Oversight.Rectification[]> GetRectifications();
}
