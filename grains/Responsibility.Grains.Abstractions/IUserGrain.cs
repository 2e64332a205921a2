namespace Responsibility.Grains.Abstractions;

using Responsibility.Grains.Abstractions.Accounts;

/// <summary>
/// A login account, keyed by username. Password hashing happens before the grain is called; the grain owns the
/// security stamp and renews it whenever earlier tokens and sessions must stop working.
/// </summary>
public interface IUserGrain : IGrainWithStringKey
{
    Task<UserAccount?> Get();

    /// <summary>
    /// Creates or changes the account and lists it in its brigade's <see cref="IAccountDirectoryGrain"/>. A new
    /// password hash or a disable renews the stamp (the stamp sent in is ignored); the username's brigade never
    /// changes, and nobody disables their own account (<see cref="ErrorKind.Conflict"/>).
    /// </summary>
    Task<UserAccount> Save(UserAccount account, string actor);

    /// <summary>
    /// Creates the account only if the username has none yet, as one turn of the grain: of several processes creating
    /// it at once (apis starting together), exactly one is told true and its account is the one kept.
    /// </summary>
    Task<bool> CreateIfAbsent(UserAccount account, string actor);

    /// <summary>The holder's own password change: the new hash and a new stamp.</summary>
    Task<UserAccount> ChangePassword(string passwordHash, string actor);

    /// <summary>Logout: a new stamp, so every token and session issued before it stops working.</summary>
    Task<UserAccount> Revoke(string actor);
}
