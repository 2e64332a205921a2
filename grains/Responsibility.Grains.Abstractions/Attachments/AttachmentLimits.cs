namespace Responsibility.Grains.Abstractions.Attachments;

/// <summary>Bounds on uploads, shared by the api that receives them and the grains that store them.</summary>
public static class AttachmentLimits
{
    /// <summary>The largest file accepted (20 MB).</summary>
    public const long MaxBytes = 20 * 1024 * 1024;

    /// <summary>The size of a stored part and of one grain call while uploading or downloading (1 MB).</summary>
    public const int PartBytes = 1024 * 1024;

    /// <summary>How many files one entry or answer may carry.</summary>
    public const int MaxPerOwner = 10;

    /// <summary>The longest file name kept (characters); longer names are shortened, keeping the extension.</summary>
    public const int MaxFileNameLength = 100;
}
