namespace Responsibility.Api.Pages.Admin;

using Responsibility.Api.Brigades;
using Responsibility.Grains.Abstractions.Accounts;

public sealed class UserInput
{
    public string? Username { get; set; }

    public string? DisplayName { get; set; }

    public string? Password { get; set; }

    public Role? Role { get; set; }

    public string? UnitId { get; set; }

    public string? LeaderId { get; set; }

    /// <summary>The form filled in for 修改: everything but the password, which is only ever typed.</summary>
    public static UserInput From(UserResponse account) => new()
    {
        Username = account.Username,
        DisplayName = account.DisplayName,
        Role = account.Role,
        UnitId = account.UnitId,
        LeaderId = account.LeaderId,
    };
}
