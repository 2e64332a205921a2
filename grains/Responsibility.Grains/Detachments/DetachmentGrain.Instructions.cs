namespace Responsibility.Grains.Detachments;

using Responsibility.Grains.Abstractions.Detachments;

/// <summary>
/// The 督办 the detachment issued, as its monthly report reads them. Until the detachment's 督办 (issue 20 item 4) records
/// any, there are none: this is the seam the 督办 feature fills, and the report's section reads "本月无督办事项".
/// </summary>
public sealed partial class DetachmentGrain
{
    public Task<DetachmentInstructionLine[]> ListInstructions()
    {
        _ = Settings;
        return Task.FromResult<DetachmentInstructionLine[]>([]);
    }
}
