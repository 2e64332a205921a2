namespace Responsibility.Grains.Users;

[GenerateSerializer]
public sealed class AccountDirectoryState
{
    /// <summary>Sorted; a brigade has tens of accounts, so a list is the simplest set.</summary>
    [Id(0)]
    public List<string> Usernames { get; set; } = [];
}
