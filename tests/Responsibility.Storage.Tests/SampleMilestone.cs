namespace Responsibility.Storage.Tests;

public sealed record SampleMilestone(string Title, DateOnly Due, SamplePhase Phase, double? Weight);
