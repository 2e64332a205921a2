namespace Responsibility.Grains.Detachments;

using Responsibility.Grains.Abstractions.Detachments;

/// <summary>
/// The 督办 the detachment issued, as its monthly report reads them (each where it stands today). Until the detachment's
/// 督办 (issue 20 item 4) records any, there are none and the report's section reads "本月无督办事项": this one method is
/// the seam the 督办 feature fills (mapping its list of instructions to these lines).
/// </summary>
public sealed partial class DetachmentGrain
{
    private Task<DetachmentInstructionLine[]> InstructionLines() => Task.FromResult<DetachmentInstructionLine[]>([]);
}
