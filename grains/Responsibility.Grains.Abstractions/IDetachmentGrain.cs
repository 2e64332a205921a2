namespace Responsibility.Grains.Abstractions;

using Responsibility.Grains.Abstractions.Detachments;

/// <summary>
/// A 支队 (SPEC §5): its brigades, the templates it hands down, the figures that flow up from its brigades, its
/// schedule. Keyed by the detachment id; its events are the stream <c>detachment/{id}</c>. Only figures flow up: a
/// brigade's entries stay in the brigade.
/// </summary>
public interface IDetachmentGrain : IGrainWithStringKey
{
    /// <summary>Creates the detachment or renames it / changes its time zone.</summary>
    Task<DetachmentInfo> Configure(DetachmentSettings settings, string actor);

    /// <summary>The detachment with its brigades; <see cref="ErrorKind.NotFound"/> if never configured.</summary>
    Task<DetachmentInfo> GetInfo();

    /// <summary>Whether the brigade is one of this detachment's (false for a detachment never configured).</summary>
    Task<bool> HasBrigade(string brigadeId);

    /// <summary>
    /// Adds an existing, configured brigade (with all its data); the same brigade again changes nothing. A brigade
    /// already another detachment's is <see cref="ErrorKind.Conflict"/>; an unknown one <see cref="ErrorKind.NotFound"/>.
    /// </summary>
    Task<DetachmentInfo> Attach(string brigadeId, string actor);

    /// <summary>
    /// Its brigades' figures for <paramref name="year"/> (default: this year) as of the end of <paramref name="asOf"/>
    /// (default: today): each row equal to that brigade's own rollup as of the same day.
    /// </summary>
    Task<DetachmentDashboard> GetDashboard(int? year, DateOnly? asOf);
}
