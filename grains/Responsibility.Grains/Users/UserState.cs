namespace Responsibility.Grains.Users;

using Responsibility.Grains.Abstractions.Accounts;

[GenerateSerializer]
public sealed class UserState
{
    [Id(0)]
    public UserAccount? Account { get; set; }

    /// <summary>How many lines the account's stream in the audit trail holds (its changes are logged, not kept here).</summary>
    [Id(1)]
    public int LogVersion { get; set; }
}
