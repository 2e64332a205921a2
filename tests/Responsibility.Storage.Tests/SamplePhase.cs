namespace Responsibility.Storage.Tests;

public enum SamplePhase
{
    Planned,
    InProgress,
    Done,
}
