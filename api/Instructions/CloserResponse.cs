namespace Responsibility.Api.Instructions;

using Responsibility.Grains.Abstractions.Supervision;

/// <summary>Who is expected to close (办结) the instruction: <see cref="Name"/> is a person, a leader or 大队领导.</summary>
public sealed record CloserResponse(CloserKind Kind, string? Username, string? LeaderId, string Name);
