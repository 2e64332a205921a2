namespace Responsibility.Grains.Abstractions;

using Responsibility.Grains.Abstractions.Detachments;

/// <summary>
/// One stored version of a detachment's 月度调度通报, written once (as <see cref="IMonthlyReportVersionGrain"/> keeps a
/// brigade's). Keyed by <see cref="GrainKeys.DetachmentReportVersion"/>.
/// </summary>
public interface IDetachmentReportVersionGrain : IGrainWithStringKey
{
    /// <summary>Stores the version; a version already stored is <see cref="ErrorKind.Conflict"/>.</summary>
    Task Store(DetachmentReport report);

    Task<DetachmentReport?> Get();
}
