namespace Responsibility.Api.Pages;

/// <summary>The 进度填报 form. The key is minted when the form is rendered, so a resent form counts once.</summary>
public sealed class ReportInput
{
    public double? Value { get; set; }

    public int? Stage { get; set; }

    public DateOnly? OccurredOn { get; set; }

    public string? Note { get; set; }

    public string? IdempotencyKey { get; set; }
}
