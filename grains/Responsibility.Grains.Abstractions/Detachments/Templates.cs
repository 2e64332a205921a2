namespace Responsibility.Grains.Abstractions.Detachments;

using System.Security.Cryptography;
using System.Text;
using Responsibility.Grains.Abstractions.Tasks;

/// <summary>Where a brigade's task came from when a 支队 handed it down (支队交办): the detachment and its template.</summary>
[GenerateSerializer, Immutable, Alias("Responsibility.TemplateSource")]
public sealed record TemplateSource(string DetachmentId, string TemplateId);

/// <summary>What a detachment hands down.</summary>
public enum TemplateKind
{
    /// <summary>A yearly task (年度任务) for every brigade.</summary>
    Task = 0,

    /// <summary>An item of the year's 责任清单 for every brigade, its holders set by each brigade.</summary>
    DutyItem = 1,
}

/// <summary>
/// A 责任清单 item handed down: every field of a brigade's item but its holders (and tasks), which each brigade sets for
/// its instance.
/// </summary>
[GenerateSerializer, Immutable, Alias("Responsibility.TemplateDutyItem")]
public sealed record TemplateDutyItem(
    int Year,
    string Section,
    string Title,
    string Requirement,
    DutyLine DutyLine,
    Duties.Cadence Cadence,
    DateOnly? DueDate,
    string Evidence);

/// <summary>A change of a handed-down item: only the fields given change (year never does).</summary>
[GenerateSerializer, Immutable, Alias("Responsibility.DutyItemTemplatePatch")]
public sealed record DutyItemTemplatePatch(
    string? Section, string? Title, string? Requirement, DutyLine? DutyLine, Duties.Cadence? Cadence, DateOnly? DueDate, string? Evidence);

/// <summary>
/// A task handed down: every field of a brigade's task but its unit and leader, which each brigade sets for its instance.
/// </summary>
[GenerateSerializer, Immutable, Alias("Responsibility.TemplateTask")]
public sealed record TemplateTask(
    int Year,
    string Code,
    string Title,
    string Category,
    DutyLine DutyLine,
    Metric Metric,
    double Weight,
    DateOnly Start,
    DateOnly Due,
    string? IndicatorCode,
    double[]? PlannedByMonth)
{
    /// <summary>The brigade's draft for its instance: no unit or leader until the brigade assigns them.</summary>
    public TaskDraft Draft(TemplateSource source) => new(
        Year, Code, Title, Category, "", null, DutyLine, Metric, Weight, Start, Due, IndicatorCode, PlannedByMonth, source);
}

/// <summary>One brigade's instance of a template: a task of that brigade.</summary>
[GenerateSerializer, Immutable, Alias("Responsibility.TemplateInstance")]
public sealed record TemplateInstance(string BrigadeId, string Id);

/// <summary>A template as published and changed since (<see cref="Version"/> counts from 1), with its instances so far.</summary>
[GenerateSerializer, Immutable, Alias("Responsibility.TemplateView")]
public sealed record TemplateView(
    string Id,
    TemplateKind Kind,
    TemplateTask? Task,
    int Version,
    DateTimeOffset PublishedAt,
    string PublishedBy,
    TemplateInstance[] Instances,
    TemplateDutyItem? Item = null);

/// <summary>
/// One brigade on a template: its instance, the unit and leader it assigned (none yet: 待分配) and the instance's progress
/// once assigned.
/// </summary>
[GenerateSerializer, Immutable, Alias("Responsibility.TemplateBrigadeRow")]
public sealed record TemplateBrigadeRow(
    string BrigadeId,
    string BrigadeName,
    string? InstanceId,
    bool Assigned,
    string? UnitId,
    string? UnitName,
    string? LeaderId,
    string? LeaderName,
    TaskProgress? Progress,
    DutyItemHolders? Holders = null);

/// <summary>Who holds a brigade's instance of a handed-down 清单 item (<see cref="TemplateBrigadeRow.Assigned"/> false: 待分配).</summary>
[GenerateSerializer, Immutable, Alias("Responsibility.DutyItemHolders")]
public sealed record DutyItemHolders(bool AllLeaders, string[] LeaderNames, string[] UnitNames);

/// <summary>A template and its brigades compared, as of a day.</summary>
[GenerateSerializer, Immutable, Alias("Responsibility.TemplateComparison")]
public sealed record TemplateComparison(TemplateView Template, DateOnly AsOf, TemplateBrigadeRow[] Brigades);

/// <summary>An instance of a template as its brigade keeps it: assigned or waiting, and the template's last change it was told of.</summary>
[GenerateSerializer, Immutable, Alias("Responsibility.TemplateInstanceState")]
public sealed record TemplateInstanceState(
    string TaskId,
    TemplateSource Source,
    int Year,
    string Code,
    string Title,
    bool Assigned,
    DateTimeOffset ReceivedAt,
    DateTimeOffset? AdjustedAt = null,
    string? AdjustedNote = null,
    int AdjustedVersion = 1);

/// <summary>A brigade's 清单 item handed down, as its 清单 keeps it: the template version it has and the last change noted.</summary>
[GenerateSerializer, Immutable, Alias("Responsibility.TemplateItemState")]
public sealed record TemplateItemState(
    string ItemId, int Year, string Title, TemplateSource Source, bool Assigned, int Version, DateTimeOffset? AdjustedAt, string? AdjustedNote);

/// <summary>Instance ids: one per template and brigade, derived from both, so a retried fan-out finds the same task.</summary>
public static class TemplateIds
{
    public static string New() => Guid.CreateVersion7().ToString("N");

    public static bool IsWellFormed(string? id) => TaskIds.IsWellFormed(id);

    public static string Instance(TemplateSource source, string brigadeId) => Convert.ToHexStringLower(
        SHA256.HashData(Encoding.UTF8.GetBytes($"template-instance\u001f{source.DetachmentId}\u001f{source.TemplateId}\u001f{brigadeId}")))[..32];

    /// <summary>The id of a brigade's 清单 item handed down: a slug (zd-…) derived from template and brigade.</summary>
    public static string DutyItem(TemplateSource source, string brigadeId) => "zd-" + Convert.ToHexStringLower(
        SHA256.HashData(Encoding.UTF8.GetBytes($"template-duty-item\u001f{source.DetachmentId}\u001f{source.TemplateId}\u001f{brigadeId}")))[..24];
}
