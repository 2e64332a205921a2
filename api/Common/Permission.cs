namespace Responsibility.Api.Common;

/// <summary>What a request needs; every request states one and <see cref="AuthorizationBehavior{TMessage,TResponse}"/> checks it.</summary>
public abstract record Permission
{
    /// <summary>Any signed-in user (e.g. reading one's own account).</summary>
    public sealed record SignedIn : Permission;

    /// <summary>Creating brigades: the system administrator only.</summary>
    public sealed record SystemAdmin : Permission;

    /// <summary>Uploading a file (佐证材料) to attach later: <see cref="AccessPolicy.CanUpload"/>.</summary>
    public sealed record Upload : Permission;

    public sealed record Brigade(string BrigadeId, BrigadeAction Action) : Permission;

    public sealed record Task(string TaskId, TaskAction Action) : Permission;

    /// <summary>A unit of the brigade; an unknown unit is 404.</summary>
    public sealed record Unit(string BrigadeId, string UnitId, UnitAction Action) : Permission;

    /// <summary>An instruction; one the caller's brigade does not have is 404.</summary>
    public sealed record Instruction(string InstructionId, InstructionAction Action) : Permission;

    /// <summary>A meeting; one the caller's brigade does not have is 404.</summary>
    public sealed record Meeting(string MeetingId, MeetingAction Action) : Permission;

    /// <summary>A leader's or a unit's duties and records; one the brigade does not have is 404.</summary>
    public sealed record Holder(Grains.Abstractions.Duties.DutyHolder DutyHolder, HolderAction Action) : Permission;

    /// <summary>A 责任书, by its id; one the caller's brigade does not have is 404.</summary>
    public sealed record Pledge(string PledgeId, PledgeAction Action) : Permission;

    /// <summary>A 通报, by its id; one the caller's brigade does not have is 404.</summary>
    public sealed record Bulletin(string BulletinId, BulletinAction Action) : Permission;

    /// <summary>An inspection (检查); one the caller's brigade does not have is 404.</summary>
    public sealed record Inspection(string InspectionId, InspectionAction Action) : Permission;

    /// <summary>A 整改 item; one the caller's brigade does not have is 404.</summary>
    public sealed record Rectification(string RectificationId, RectificationAction Action) : Permission;

    /// <summary>
    /// Asking for an extension of a target of the caller's brigade (<see cref="AccessPolicy.CanAskExtension"/>); a target
    /// the brigade does not have is refused naming <c>target</c>.
    /// </summary>
    public sealed record AskExtension(Grains.Abstractions.Oversight.ExtensionTarget Target) : Permission;

    /// <summary>A 延期申请; one the caller's brigade does not have is 404.</summary>
    public sealed record Extension(string ExtensionId, ExtensionAction Action) : Permission;

    /// <summary>A 支队 at its own level (<see cref="AccessPolicy.CanActOnDetachment"/>); another detachment is 404 as an unknown one is.</summary>
    public sealed record Detachment(string DetachmentId, DetachmentAction Action) : Permission;
}

/// <summary>What a detachment's accounts do at its level (SPEC §3); its brigades they read through the brigades' own routes.</summary>
public enum DetachmentAction
{
    /// <summary>The detachment, its brigades, the dashboard, templates, 通报 issued, reports: every account of the detachment.</summary>
    Read,

    /// <summary>Creating brigades under it, its accounts, templates, schedule: the DetachmentAdmin (and the system administrator).</summary>
    Administer,

    /// <summary>督办 to a brigade: a DetachmentLeader.</summary>
    Instruct,

    /// <summary>Drafting and issuing the detachment's 通报, (re)generating its reports: a DetachmentLeader.</summary>
    Issue,

    /// <summary>The 汇总台账 (.xlsx) and details a Viewer does not read: DetachmentAdmin, DetachmentLeader.</summary>
    ReadDetails,

    /// <summary>Creating the detachment, attaching an existing brigade: the system administrator only.</summary>
    Establish,
}

public enum ExtensionAction
{
    /// <summary>The request and its 审批单: its requester, approver(s), the brigade's Admin and leaders, the unit's 分管领导.</summary>
    Read,

    /// <summary>Grant or refuse: the approver (the grain refuses the requester).</summary>
    Decide,
}

public enum BrigadeAction
{
    /// <summary>Names of units and leaders, settings: everyone in the brigade.</summary>
    ReadOrg,

    /// <summary>The task list with each task's progress: everyone in the brigade (figures are open).</summary>
    ListTasks,

    /// <summary>Brigade, unit and leader rollups: everyone in the brigade; notes in them follow the caller's scope.</summary>
    ReadRollup,

    /// <summary>Monthly and annual reports: everyone in the brigade.</summary>
    ReadReports,

    /// <summary>The audit trail (留痕): the brigade's Admin and leaders.</summary>
    ReadAudit,

    /// <summary>The 台账 as a spreadsheet, with every task's latest note: the brigade's Admin and leaders.</summary>
    ExportLedger,

    /// <summary>(Re)generating a monthly report.</summary>
    GenerateReports,

    /// <summary>Lists of instructions (each filtered to the caller's scope): everyone but a Viewer.</summary>
    ReadInstructions,

    /// <summary>Meetings, their decisions and minutes: everyone but a Viewer.</summary>
    ReadMeetings,

    /// <summary>Recording a meeting (党总支扩大会): the brigade's leaders and its office clerk (Admin, the 记录人).</summary>
    HoldMeetings,

    /// <summary>The 责任清单, pledges and who signed them, completion figures: everyone in the brigade (figures are open).</summary>
    ReadDuties,

    /// <summary>The 廉政风险点 register: everyone in the brigade but a Viewer.</summary>
    ReadRisks,

    /// <summary>Editing the 责任清单 and the risk register, recording a pledge's signing: the brigade's Admin.</summary>
    ManageDuties,

    Administer,

    /// <summary>Issued 通报 (they are circulated): everyone in the brigade.</summary>
    ReadBulletins,

    /// <summary>Drafting and editing 通报, reading drafts: the brigade's leaders (BrigadeLeader) and its office (Admin).</summary>
    DraftBulletins,
    /// <summary>Inspections and the 整改台账 (each item filtered to the caller's scope): everyone but a Viewer.</summary>
    ReadInspections,

    /// <summary>Recording an inspection: a BrigadeLeader, the Admin, or a Leader naming themselves among its inspectors.</summary>
    RecordInspections,

    /// <summary>The 考核方案 and the scores, ranks and 档次 (figures are open): everyone in the brigade; causes follow the reader's scope.</summary>
    ReadAppraisal = 40,

    /// <summary>Editing or copying the 考核方案: the brigade's Admin.</summary>
    ManageAppraisal = 41,

    /// <summary>考核组评分, locking a period, adjustments after the lock: BrigadeLeader, Admin.</summary>
    ReviewAppraisal = 42,
}

public enum InspectionAction
{
    /// <summary>The inspection: the brigade's Admin and leaders, its inspectors, the leaders over a unit it checked, a checked unit's head.</summary>
    Read,

    /// <summary>Adding a finding: a BrigadeLeader, the Admin, or an inspector named on it.</summary>
    AddFinding,
}

public enum RectificationAction
{
    /// <summary>The item: the brigade's Admin and leaders, its inspection's inspectors, its 责任领导, the leader over its unit, the unit's head.</summary>
    Read,

    /// <summary>整改情况: the head of the unit responsible.</summary>
    Report,

    /// <summary>销号 or 退回: a BrigadeLeader, the Admin, or an inspector named on its inspection.</summary>
    Check,
}

public enum TaskAction
{
    /// <summary>The task's definition and progress: everyone in its brigade.</summary>
    Read,

    /// <summary>Its entries and their notes: <see cref="AccessPolicy.CanReadDetails"/>.</summary>
    ReadEntries,
    Report,
    Supervise,
    Administer,
}

public enum UnitAction
{
    /// <summary>批示 on the unit: a brigade leader, or the leader who supervises it.</summary>
    Instruct,

    /// <summary>The unit's instructions, each filtered to the caller's scope: everyone but a Viewer.</summary>
    ReadInstructions,
}

public enum InstructionAction
{
    /// <summary>The instruction and its steps: its author while a leader, and whoever reads the unit's details (SPEC §3).</summary>
    Read,

    /// <summary>办理情况: the head of the unit it is addressed to.</summary>
    Answer,

    /// <summary>办结 or reopening: a BrigadeLeader, the 督办领导, the author while a leader in scope (<see cref="Responsibility.Grains.Abstractions.Supervision.InstructionAuthority"/>).</summary>
    Close,
}

public enum HolderAction
{
    /// <summary>Items, slots and completion counts: everyone in the brigade.</summary>
    ReadDuties,

    /// <summary>Records (履责纪实), 谈话 and the 廉政档案: the leader themselves or over the unit, the unit's head, BrigadeLeader, Admin.</summary>
    ReadRecords,

    /// <summary>Writing a record: the leader themselves or over the unit, the unit's head, any BrigadeLeader.</summary>
    Record,

    /// <summary>Editing, redrafting and submitting a leader's 述责述廉报告: the leader themselves.</summary>
    EditAccountability,

    /// <summary>Returning or accepting a leader's 述责述廉报告: a BrigadeLeader other than the leader (the 第一责任人's own: the other one).</summary>
    DecideAccountability,

    /// <summary>自评分 (SPEC §3): the subject only — the unit's head for a unit, the leader for themselves.</summary>
    SelfAppraise = 40,
}

public enum PledgeAction
{
    /// <summary>The 责任书 with its items: everyone in the brigade; its signed scan: whoever reads either party's records.</summary>
    Read,

    /// <summary>The signed scan of a 责任书: whoever reads the records of either party.</summary>
    ReadScan,

    /// <summary>Recording its signing: the brigade's Admin.</summary>
    Sign,
}

public enum MeetingAction
{
    Read,

    /// <summary>Adding a decision (议定事项): whoever records the brigade's meetings.</summary>
    Decide,

    /// <summary>A 民主测评 ballot: anyone who reads meetings; the meeting grain admits its attendees only (403 otherwise).</summary>
    Vote = 10,

    /// <summary>The 民主测评 results: the brigade's leaders (大队领导) and Admin all; a Leader their own row.</summary>
    ReadRatings = 11,

    /// <summary>Closing the 民主测评 (results final): a BrigadeLeader.</summary>
    CloseRating = 12,
}

public interface IAuthorizedRequest
{
    Permission Permission { get; }
}

public enum BulletinAction
{
    /// <summary>An issued 通报: everyone in the brigade; a draft: whoever drafts them.</summary>
    Read,

    /// <summary>Changing a draft: whoever drafts 通报 (BrigadeLeader, Admin).</summary>
    Edit,

    /// <summary>签发: a BrigadeLeader of the brigade only.</summary>
    Issue,
}
