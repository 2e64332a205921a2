namespace Responsibility.Grains.Attachments;

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Attachments;
using Responsibility.Storage.Attachments;

/// <summary>
/// The cluster's one sweep of uploads, on a durable reminder registered at every silo start (SiloConfiguration). A grain
/// has one activation, so sweeps do not overlap; were two to run, deleting what is gone already does no harm.
/// </summary>
public sealed class AttachmentSweepGrain(
    IAttachmentStore store,
    IOptions<AttachmentOptions> options,
    TimeProvider wallClock,
    [FromKeyedServices(DomainClock.Key)] TimeProvider time,
    ILogger<AttachmentSweepGrain> logger) : Grain, IAttachmentSweepGrain, IRemindable
{
    public const string ReminderName = "attachment-sweep";

    private TimeSpan Period => TimeSpan.FromMinutes(options.Value.SweepMinutes);

    public Task Start() => this.RegisterOrUpdateReminder(ReminderName, Period, Period);

    public Task ReceiveReminder(string reminderName, TickStatus status) => Sweep();

    public async Task<SweptUploads> Sweep()
    {
        // Uploads are completed on the domain clock; ids are minted by the api on the machine's (AttachmentIds). A part
        // older than the expiry without its upload row outlived any request that could still be writing it.
        var expiry = options.Value.Expiry;
        var swept = await store.SweepAsync(time.GetUtcNow() - expiry, AttachmentIds.MintedBefore(wallClock.GetUtcNow() - expiry));
        if (swept.Files + swept.OrphanParts > 0)
        {
            logger.LogInformation(
                "Swept {Files} uploads left unattached for {Hours} hours and {Parts} parts without an upload",
                swept.Files, expiry.TotalHours, swept.OrphanParts);
        }

        return new SweptUploads(swept.Files, swept.OrphanParts);
    }
}
