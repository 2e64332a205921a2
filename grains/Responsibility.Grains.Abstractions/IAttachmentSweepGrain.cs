namespace Responsibility.Grains.Abstractions;

using Responsibility.Grains.Abstractions.Attachments;

/// <summary>
/// Keeps uploads bounded in time: removes those left unattached past <c>Attachments:UnattachedExpiryHours</c> and the
/// parts a crash left without an upload. One grain (key 0) for the whole cluster, woken by a reminder.
/// </summary>
public interface IAttachmentSweepGrain : IGrainWithIntegerKey
{
    /// <summary>Registers the sweep's reminder (every <c>Attachments:SweepMinutes</c>); every silo calls it as it starts.</summary>
    Task Start();

    /// <summary>Sweeps now; answers what was removed.</summary>
    Task<SweptUploads> Sweep();
}
