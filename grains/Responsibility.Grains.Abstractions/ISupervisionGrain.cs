namespace Responsibility.Grains.Abstractions;

using Responsibility.Grains.Abstractions.Supervision;

/// <summary>
/// A brigade's 督办台账: every instruction and meeting as it stands, kept live by their grains (each tells it after every
/// change, before answering its caller) and rebuilt from the log on activation. Keyed by the brigade id. Lookups answer
/// from here, so probing unknown ids activates nothing else.
/// </summary>
public interface ISupervisionGrain : IGrainWithStringKey
{
    Task OnInstructionChanged(InstructionRecord record);

    Task OnMeetingChanged(MeetingRecord record);

    /// <summary>The instruction with where it stands today; null for an id the brigade does not have.</summary>
    Task<InstructionView?> FindInstruction(string instructionId);

    /// <summary>The given instructions that exist, for naming them (the audit trail).</summary>
    Task<InstructionRecord[]> GetInstructions(string[] instructionIds);

    /// <summary>The instructions matching the filter with where they stand today, newest first.</summary>
    Task<InstructionView[]> ListInstructions(InstructionFilter filter);

    Task<MeetingRecord?> FindMeeting(string meetingId);

    /// <summary>The brigade's meetings, latest first.</summary>
    Task<MeetingRecord[]> ListMeetings();
}
