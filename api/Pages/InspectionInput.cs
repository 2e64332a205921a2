namespace Responsibility.Api.Pages;

using Responsibility.Grains.Abstractions.Oversight;

/// <summary>The 记录检查 form as typed: inspectors and units ticked.</summary>
public sealed class InspectionInput
{
    public InspectionKind? Kind { get; set; }

    public DateOnly? Date { get; set; }

    public string? Title { get; set; }

    public string[] InspectorIds { get; set; } = [];

    public string[] UnitIds { get; set; } = [];

    public string? Summary { get; set; }
}

/// <summary>The 发现问题 form as typed.</summary>
public sealed class FindingInput
{
    public string? Problem { get; set; }

    public string? Category { get; set; }

    public string? UnitId { get; set; }

    public string? Person { get; set; }

    public Severity? Severity { get; set; }

    public string? Basis { get; set; }

    public string? LeaderId { get; set; }

    public string? Measures { get; set; }

    public DateOnly? DueDate { get; set; }
}
