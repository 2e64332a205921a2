namespace Responsibility.Grains.Abstractions.Appraisal;

/// <summary>How big a 考核方案 and its entries may be: checked by the API and again by the grain.</summary>
public static class AppraisalLimits
{
    public const int Indicators = 200;

    public const int Code = 20;

    public const int Name = 200;

    public const int Standard = 2000;

    /// <summary>The most points an indicator may carry, and the most a rule may give or take per occurrence.</summary>
    public const decimal MaxPoints = 1000;

    /// <summary>自评分 explanation, 考核组 reason, adjustment reason.</summary>
    public const int Note = 2000;

    public const int Attachments = 20;
}
