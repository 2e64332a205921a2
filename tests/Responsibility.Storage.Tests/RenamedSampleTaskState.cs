namespace Responsibility.Storage.Tests;

/// <summary>Same shape as <see cref="SampleTaskState"/> under another name, as after a type rename.</summary>
public sealed class RenamedSampleTaskState
{
    public string Title { get; set; } = "";
    public SamplePhase Phase { get; set; }
    public DateOnly? StartedOn { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public double? Progress { get; set; }
    public SampleMilestone? Current { get; set; }
    public List<SampleMilestone> Milestones { get; set; } = [];
    public Dictionary<string, double?> ProgressByUnit { get; set; } = [];
    public string[] Tags { get; set; } = [];
}
