namespace Responsibility.Storage.Tests;

public sealed class SampleTaskState
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

    public static SampleTaskState Realistic() => new()
    {
        Title = "Repair the north bridge",
        Phase = SamplePhase.InProgress,
        StartedOn = new DateOnly(2025, 3, 14),
        UpdatedAt = new DateTimeOffset(2025, 4, 1, 9, 30, 15, 123, TimeSpan.FromHours(2)),
        Progress = null,
        Current = new SampleMilestone("Survey", new DateOnly(2025, 3, 20), SamplePhase.Done, 0.25),
        Milestones =
        [
            new SampleMilestone("Survey", new DateOnly(2025, 3, 20), SamplePhase.Done, 0.25),
            new SampleMilestone("Deck", new DateOnly(2025, 5, 2), SamplePhase.Planned, null),
        ],
        ProgressByUnit = new() { ["North Unit"] = 0.5, ["SouthUnit"] = null, ["east"] = double.PositiveInfinity },
        Tags = ["bridge", "urgent"],
    };
}
