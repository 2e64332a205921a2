namespace Responsibility.Grains.Abstractions.Attachments;

/// <summary>What one sweep removed: uploads that expired unattached, and parts that no upload owned.</summary>
[GenerateSerializer, Immutable, Alias("Responsibility.SweptUploads")]
public sealed record SweptUploads(int ExpiredFiles, int OrphanParts);
