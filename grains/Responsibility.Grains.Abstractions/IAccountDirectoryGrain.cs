namespace Responsibility.Grains.Abstractions;

using Responsibility.Grains.Abstractions.Accounts;

/// <summary>
/// The usernames of one brigade's accounts, keyed by the brigade id: accounts are global grains keyed by username,
/// so listing a brigade's accounts needs this index. Kept by <see cref="IUserGrain.Save"/>; it may name an account
/// whose first save failed, so readers check each account's brigade.
/// </summary>
public interface IAccountDirectoryGrain : IGrainWithStringKey
{
    /// <summary>Adds the usernames not yet listed; writes only when one is new.</summary>
    Task Add(string[] usernames);

    Task<string[]> List();

    /// <summary>Where each account of this brigade stands now (role, unit, leader, disabled), in username order.</summary>
    Task<AccountStanding[]> Standings();

    /// <summary>
    /// The display names (王立侠) behind usernames stored on entries and reports, for those that are accounts of this
    /// brigade or the system admin; anything else is left out, and callers show the username instead.
    /// </summary>
    Task<Dictionary<string, string>> DisplayNames(string[] usernames);
}
