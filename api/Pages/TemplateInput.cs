namespace Responsibility.Api.Pages;

using Responsibility.Grains.Abstractions.Tasks;

/// <summary>The 支队交办 form: a Count task for every brigade, its unit and leader left to each brigade.</summary>
public sealed class TemplateInput
{
    public int? Year { get; set; }

    public string? Code { get; set; }

    public string? Title { get; set; }

    public string? Category { get; set; }

    public DutyLine? DutyLine { get; set; }

    public double? Target { get; set; }

    public string? UnitLabel { get; set; }

    public DateOnly? Start { get; set; }

    public DateOnly? Due { get; set; }
}
