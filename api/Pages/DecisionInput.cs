namespace Responsibility.Api.Pages;

/// <summary>The 议定事项 form on a meeting's page.</summary>
public sealed class DecisionInput
{
    public string? Text { get; set; }

    public string[] UnitIds { get; set; } = [];

    public string? LeaderId { get; set; }

    public DateOnly? DueDate { get; set; }
}
