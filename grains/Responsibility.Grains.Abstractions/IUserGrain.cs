namespace Responsibility.Grains.Abstractions;

using Responsibility.Grains.Abstractions.Accounts;

/// <summary>A login account, keyed by username. Password hashing happens before the grain is called.</summary>
public interface IUserGrain : IGrainWithStringKey
{
    Task<UserAccount?> Get();

    Task<UserAccount> Save(UserAccount account, string actor);
}
