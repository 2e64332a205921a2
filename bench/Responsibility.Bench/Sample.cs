namespace Responsibility.Bench;

/// <summary>One timed run: wall time, bytes allocated by the whole process meanwhile, and the response size.</summary>
public sealed record Sample(double Milliseconds, long Allocated, long Bytes);
