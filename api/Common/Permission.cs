namespace Responsibility.Api.Common;

/// <summary>What a request needs; every request states one and <see cref="AuthorizationBehavior{TMessage,TResponse}"/> checks it.</summary>
public abstract record Permission
{
    /// <summary>Any signed-in user (e.g. reading one's own account).</summary>
    public sealed record SignedIn : Permission;

    /// <summary>Creating brigades: the system administrator only.</summary>
    public sealed record SystemAdmin : Permission;

    public sealed record Brigade(string BrigadeId, BrigadeAction Action) : Permission;

    public sealed record Unit(string BrigadeId, string UnitId) : Permission;

    public sealed record Leader(string BrigadeId, string LeaderId) : Permission;

    public sealed record Task(string TaskId, TaskAction Action) : Permission;
}

public enum BrigadeAction
{
    /// <summary>Names of units and leaders, settings: everyone in the brigade.</summary>
    ReadOrg,

    /// <summary>The task list; what each caller sees is narrowed by <see cref="AccessPolicy.Narrow"/>.</summary>
    ListTasks,

    /// <summary>The brigade rollup.</summary>
    ReadRollup,

    /// <summary>Monthly and annual reports: everyone in the brigade.</summary>
    ReadReports,

    /// <summary>(Re)generating a monthly report.</summary>
    GenerateReports,

    Administer,
}

public enum TaskAction
{
    Read,
    Report,
    Supervise,
    Administer,
}

public interface IAuthorizedRequest
{
    Permission Permission { get; }
}
