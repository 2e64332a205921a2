namespace Responsibility.Grains.Brigades;

[GenerateSerializer, Immutable, Alias("Responsibility.TaskIndexEntry")]
public sealed record TaskIndexEntry(int Year, string Code);
