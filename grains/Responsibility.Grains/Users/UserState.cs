namespace Responsibility.Grains.Users;

using Responsibility.Grains.Abstractions.Accounts;

[GenerateSerializer]
public sealed class UserState
{
    [Id(0)]
    public UserAccount? Account { get; set; }

    [Id(1)]
    public List<ChangeRecord> History { get; set; } = [];
}
