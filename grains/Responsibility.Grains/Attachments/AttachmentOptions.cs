namespace Responsibility.Grains.Attachments;

/// <summary>The <c>Attachments</c> settings: how much and how long uploads may wait to be attached, and how often they are swept.</summary>
public sealed class AttachmentOptions
{
    public const string Section = "Attachments";

    /// <summary>MB one account may hold in uploads attached to nothing yet (expired ones aside); attached files do not count.</summary>
    public int UnattachedQuotaMB { get; set; } = 200;

    /// <summary>Hours an upload may wait to be attached: after that it can no longer be, and the sweep removes it.</summary>
    public double UnattachedExpiryHours { get; set; } = 24;

    /// <summary>Minutes between sweeps of expired uploads and of parts a crash left without an upload.</summary>
    public int SweepMinutes { get; set; } = 60;

    public long QuotaBytes => UnattachedQuotaMB * 1024L * 1024;

    public TimeSpan Expiry => TimeSpan.FromHours(UnattachedExpiryHours);
}
