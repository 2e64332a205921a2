namespace Responsibility.Grains.Abstractions.Accounts;

/// <summary>
/// The keys of <see cref="IAccountDirectoryGrain"/>: a brigade's directory is keyed by its id, a 支队's by
/// <see cref="OfDetachment"/> (a slug never holds '/', so the two never meet). The detachment's key is also the audit
/// scope of its accounts' lines, the detachment's own stream.
/// </summary>
public static class AccountDirectories
{
    public static string OfDetachment(string detachmentId) => "detachment/" + detachmentId;
}
