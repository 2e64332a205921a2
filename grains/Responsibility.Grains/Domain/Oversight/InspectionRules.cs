namespace Responsibility.Grains.Domain.Oversight;

using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Oversight;

/// <summary>What an inspection and its findings must be to be recorded, and the steps a 整改 item may take.</summary>
public static class InspectionRules
{
    /// <summary>The draft as it will be kept (texts trimmed), or <see cref="ErrorKind.Invalid"/> naming the field.</summary>
    public static InspectionDraft Check(InspectionDraft draft, BrigadeInfo brigade, DateOnly today)
    {
        if (!Enum.IsDefined(draft.Kind))
        {
            throw DomainException.Invalid("kind", "检查类型不正确。");
        }

        if (draft.Date > today)
        {
            throw DomainException.Invalid("date", "检查日期不能晚于今天。");
        }

        if (draft.Date < today.AddYears(-OversightLimits.YearsBack))
        {
            throw DomainException.Invalid("date", $"检查日期不能早于{OversightLimits.YearsBack}年之前。");
        }

        var title = Text(draft.Title, "title", "检查名称", OversightLimits.Title, required: true)!;
        var summary = Text(draft.Summary, "summary", "检查情况", OversightLimits.Summary, required: true)!;
        var inspectors = draft.InspectorIds ?? [];
        if (inspectors.Length == 0)
        {
            throw DomainException.Invalid("inspectorIds", "须指定检查人员（班子成员）。");
        }

        if (inspectors.Length > OversightLimits.Inspectors || inspectors.Distinct(StringComparer.Ordinal).Count() != inspectors.Length)
        {
            throw DomainException.Invalid("inspectorIds", $"检查人员最多 {OversightLimits.Inspectors} 人，且不能重复。");
        }

        if (inspectors.FirstOrDefault(id => Array.TrueForAll(brigade.Leaders, l => l.Id != id)) is { } stranger)
        {
            throw DomainException.Invalid("inspectorIds", $"班子成员 {stranger} 不存在。");
        }

        var units = draft.UnitIds ?? [];
        if (units.Length == 0)
        {
            throw DomainException.Invalid("unitIds", "须指定至少一个被检查单位。");
        }

        if (units.Length > OversightLimits.Units || units.Distinct(StringComparer.Ordinal).Count() != units.Length)
        {
            throw DomainException.Invalid("unitIds", $"被检查单位最多 {OversightLimits.Units} 个，且不能重复。");
        }

        if (units.FirstOrDefault(id => Array.TrueForAll(brigade.Units, u => u.Id != id)) is { } unknown)
        {
            throw DomainException.Invalid("unitIds", $"单位 {unknown} 不存在。");
        }

        return draft with { Title = title, Summary = summary, InspectorIds = [.. inspectors], UnitIds = [.. units] };
    }

    /// <summary>The finding as it will be kept (texts trimmed), or <see cref="ErrorKind.Invalid"/> naming the field.</summary>
    public static FindingDraft CheckFinding(FindingDraft draft, Inspection inspection, BrigadeInfo brigade)
    {
        if (inspection.Findings.Length >= OversightLimits.Findings)
        {
            throw DomainException.Conflict($"一次检查最多记录 {OversightLimits.Findings} 个问题。");
        }

        var problem = Text(draft.Problem, "problem", "问题", OversightLimits.Problem, required: true)!;
        var category = Text(draft.Category, "category", "问题类别", OversightLimits.Category, required: true)!;
        if (!Array.Exists(inspection.UnitIds, u => u == draft.UnitId))
        {
            throw DomainException.Invalid("unitId", "责任单位须为本次检查的被检查单位。");
        }

        if (Array.TrueForAll(brigade.Leaders, l => l.Id != draft.LeaderId))
        {
            throw DomainException.Invalid("leaderId", $"班子成员 {draft.LeaderId} 不存在。");
        }

        if (!Enum.IsDefined(draft.Severity))
        {
            throw DomainException.Invalid("severity", "问题严重程度须为一般、较重或严重。");
        }

        if (draft.DueDate <= inspection.Date)
        {
            throw DomainException.Invalid("dueDate", $"整改时限须晚于检查日期 {inspection.Date:yyyy-MM-dd}。");
        }

        if (draft.DueDate > inspection.Date.AddYears(OversightLimits.DueYearsAhead))
        {
            throw DomainException.Invalid("dueDate", $"整改时限不能晚于检查日期后{OversightLimits.DueYearsAhead}年。");
        }

        var measures = Text(draft.Measures, "measures", "整改措施", OversightLimits.Measures, required: true)!;
        var person = Text(draft.Person, "person", "责任人", OversightLimits.Person, required: false);
        var basis = Text(draft.Basis, "basis", "依据", OversightLimits.Basis, required: false);
        return draft with { Problem = problem, Category = category, Measures = measures, Person = person, Basis = basis };
    }

    public static void CheckReport(Rectification item, string? text)
    {
        if (item.State == RectificationState.Closed)
        {
            throw DomainException.Conflict("该整改事项已销号。");
        }

        CheckRoom(item);
        Text(text, "text", "整改情况", OversightLimits.ReportText, required: true);
    }

    public static void CheckClose(Rectification item)
    {
        if (item.State == RectificationState.Closed)
        {
            throw DomainException.Conflict("该整改事项已销号。");
        }

        if (item.Report() is not { } report)
        {
            throw DomainException.Conflict("单位尚未报送整改情况，不能销号。");
        }

        if (report.Attachments is not { Length: > 0 })
        {
            throw DomainException.Conflict("销号须有佐证材料。");
        }
    }

    public static void CheckReturn(Rectification item, string? reason)
    {
        if (item.State != RectificationState.Reported)
        {
            throw DomainException.Conflict(item.State == RectificationState.Closed ? "该整改事项已销号。" : "只能退回已报送的整改情况。");
        }

        CheckRoom(item);
        Text(reason, "reason", "退回原因", OversightLimits.Reason, required: true);
    }

    public static void CheckMoveDue(Rectification item, DateOnly due)
    {
        if (item.State == RectificationState.Closed)
        {
            throw DomainException.Conflict("该整改事项已销号，不能调整时限。");
        }

        if (due <= item.Due)
        {
            throw DomainException.Invalid("due", $"调整后的时限须晚于当前时限 {item.Due:yyyy-MM-dd}。");
        }

        if (due > item.OriginalDue.AddYears(OversightLimits.DueYearsAhead))
        {
            throw DomainException.Invalid("due", $"调整后的时限不能晚于原定时限后{OversightLimits.DueYearsAhead}年。");
        }

        CheckRoom(item);
    }

    /// <summary>Trimmed text within its bound; null for an optional blank one.</summary>
    public static string? Text(string? text, string field, string name, int max, bool required)
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return required ? throw DomainException.Invalid(field, $"{name}不能为空。") : null;
        }

        return trimmed.Length > max ? throw DomainException.Invalid(field, $"{name}不能超过 {max} 个字符。") : trimmed;
    }

    private static void CheckRoom(Rectification item)
    {
        if (item.Steps.Length >= OversightLimits.Steps)
        {
            throw DomainException.Conflict($"该整改事项的办理记录已达 {OversightLimits.Steps} 条上限。");
        }
    }
}
