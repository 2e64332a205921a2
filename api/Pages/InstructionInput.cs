namespace Responsibility.Api.Pages;

/// <summary>The 批示 form on the task and unit pages.</summary>
public sealed class InstructionInput
{
    public string? Text { get; set; }

    public DateOnly? DueDate { get; set; }
}
