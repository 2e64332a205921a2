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

    Administer,
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

public interface IAuthorizedRequest
{
    Permission Permission { get; }
}
