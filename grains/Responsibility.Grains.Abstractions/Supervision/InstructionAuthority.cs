namespace Responsibility.Grains.Abstractions.Supervision;

using Responsibility.Grains.Abstractions.Accounts;
using Responsibility.Grains.Abstractions.Org;

/// <summary>
/// SPEC §3 for closing (办结) and reopening (重新交办) an instruction of the account's own brigade: any BrigadeLeader, the
/// 督办领导 named on it, and its author while still a leader in scope. The account's role and scope now decide, never
/// the username alone: a demoted author acts no more, and a departed one leaves the instruction to the others. The api's
/// access policy and the inbox both ask here. A 支队督办 is closed by its detachment's leaders, never by the brigade.
/// </summary>
public static class InstructionAuthority
{
    public static bool MayClose(Role role, string username, string? leaderId, InstructionDefinition instruction, LeaderDefinition? leader) =>
        !instruction.IsFromDetachment && role switch
        {
            Role.BrigadeLeader => true,
            Role.Leader => leaderId is not null
                && (leaderId == instruction.LeaderId || (username == instruction.Author && leader?.UnitIds.Contains(instruction.UnitId) == true)),
            _ => false,
        };

    /// <summary>
    /// Who gets an answered instruction in 待办 to close: a meeting decision's 督办领导 first (the meeting named them), a
    /// 批示's author first (it is their instruction); the other of the two when the first can no longer act; the
    /// brigade leaders when neither can.
    /// </summary>
    public static InstructionCloser ExpectedCloser(InstructionDefinition instruction, IReadOnlyCollection<AccountStanding> accounts, BrigadeInfo brigade)
    {
        if (instruction.IsFromDetachment)
        {
            return new InstructionCloser(CloserKind.Detachment, null, null);
        }

        var author = accounts.FirstOrDefault(a => a.Username == instruction.Author && !a.Disabled);
        var authorActs = author is not null
            && MayClose(author.Role, author.Username, author.LeaderId, instruction, Array.Find(brigade.Leaders, l => l.Id == author.LeaderId));
        var leaderActs = instruction.LeaderId is { } leaderId
            && accounts.Any(a => !a.Disabled && a.LeaderId == leaderId && a.Role is Role.Leader or Role.BrigadeLeader);
        var byAuthor = new InstructionCloser(CloserKind.Author, instruction.Author, null);
        var byLeader = new InstructionCloser(CloserKind.SupervisingLeader, null, instruction.LeaderId);
        return (instruction.MeetingId is not null, authorActs, leaderActs) switch
        {
            (true, _, true) => byLeader,
            (_, true, _) => byAuthor,
            (false, false, true) => byLeader,
            _ => new InstructionCloser(CloserKind.BrigadeLeaders, null, null),
        };
    }
}
