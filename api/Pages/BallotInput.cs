namespace Responsibility.Api.Pages;

using Responsibility.Grains.Abstractions.Appraisal;

/// <summary>The 民主测评 form for one leader: five dimensions 0–100 and a 档次.</summary>
public sealed class BallotInput
{
    public string? LeaderId { get; set; }

    public double? Responsibility { get; set; }

    public double? Discipline { get; set; }

    public double? Centralism { get; set; }

    public double? Style { get; set; }

    public double? Integrity { get; set; }

    public AppraisalGrade? Grade { get; set; }

    /// <summary>The dimensions as the form names them, in the order of the 测评表.</summary>
    public static readonly (string Field, string Name)[] Dimensions =
    [
        ("Responsibility", "落实主体责任"), ("Discipline", "遵守政治纪律"), ("Centralism", "执行民主集中制"), ("Style", "改进作风"), ("Integrity", "廉洁自律"),
    ];
}
