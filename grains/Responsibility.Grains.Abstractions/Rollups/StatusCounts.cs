namespace Responsibility.Grains.Abstractions.Rollups;

[GenerateSerializer, Immutable, Alias("Responsibility.StatusCounts")]
public sealed record StatusCounts(int Done, int Green, int Yellow, int Red, int NotStarted, int DueSoon);
