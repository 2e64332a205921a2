namespace Responsibility.Api.Pages;

using Responsibility.Api.Tasks;
using Responsibility.Grains.Abstractions.Tasks;

/// <summary>
/// The dashboard's task list filter, read from the query string (a GET form that works without scripts). A status or
/// duty line that does not exist filters nothing rather than failing; an unknown unit or leader simply matches no task.
/// </summary>
public sealed record TaskListFilter(string? Unit, string? Leader, string? Line, string? Status, string? Text)
{
    /// <summary>The status choices: the five lights, then the two flags people look for.</summary>
    public static readonly (string Value, string Name)[] Statuses =
    [
        .. Enum.GetValues<ProgressStatus>().Select(s => (s.ToString(), Display.StatusName(s))),
        (Overdue, Display.OverdueName),
        (DueSoon, Display.DueSoonName),
    ];

    public const string Overdue = "Overdue";

    public const string DueSoon = "DueSoon";

    public bool IsActive => new[] { Unit, Leader, Line, Status, Text }.Any(v => !string.IsNullOrWhiteSpace(v));

    public IReadOnlyList<TaskResponse> Apply(IEnumerable<TaskResponse> tasks) => tasks
        .Where(t => string.IsNullOrEmpty(Unit) || t.UnitId == Unit)
        .Where(t => string.IsNullOrEmpty(Leader) || t.LeaderId == Leader)
        .Where(t => !Enum.TryParse<DutyLine>(Line, out var line) || !Enum.IsDefined(line) || t.DutyLine == line)
        .Where(HasStatus)
        .Where(t => string.IsNullOrWhiteSpace(Text) || Matches(t, Text.Trim()))
        .ToArray();

    private bool HasStatus(TaskResponse task) => Status switch
    {
        Overdue => Display.IsOverdue(task),
        DueSoon => task.Progress.DueSoon,
        _ when Enum.TryParse<ProgressStatus>(Status, out var status) && Enum.IsDefined(status) => task.Progress.Status == status,
        _ => true,
    };

    private static bool Matches(TaskResponse task, string text) =>
        new[] { task.Code, task.Title, task.Category }.Any(field => field.Contains(text, StringComparison.OrdinalIgnoreCase));
}
