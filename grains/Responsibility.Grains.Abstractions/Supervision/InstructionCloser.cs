namespace Responsibility.Grains.Abstractions.Supervision;

using Responsibility.Grains.Abstractions.Accounts;

/// <summary>Whose 待办 an answered instruction waits in for 办结 (<see cref="InstructionAuthority.ExpectedCloser"/>).</summary>
public enum CloserKind
{
    /// <summary>The leader who wrote the 批示.</summary>
    Author,

    /// <summary>The 督办领导 named on it (a meeting decision's, or the supervising leader).</summary>
    SupervisingLeader,

    /// <summary>Nobody named can act any more (disabled, retired, demoted): the brigade leaders.</summary>
    BrigadeLeaders,

    /// <summary>A 支队督办: the issuing detachment's leaders close it, never the brigade.</summary>
    Detachment = 3,
}

/// <summary>The one expected to close an instruction: the author (<see cref="Username"/>), a leader (<see cref="LeaderId"/>) or the brigade leaders.</summary>
[GenerateSerializer, Immutable, Alias("Responsibility.InstructionCloser")]
public sealed record InstructionCloser(CloserKind Kind, string? Username, string? LeaderId)
{
    /// <summary>Whether an account of the brigade is (one of) the expected closer(s).</summary>
    public bool Includes(string username, Role role, string? leaderId) => Kind switch
    {
        CloserKind.Author => username == Username,
        CloserKind.SupervisingLeader => role is Role.Leader or Role.BrigadeLeader && leaderId is not null && leaderId == LeaderId,
        CloserKind.Detachment => false,
        _ => role == Role.BrigadeLeader,
    };
}
