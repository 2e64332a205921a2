namespace Responsibility.Api.Pages.Admin;

using Responsibility.Grains.Abstractions.Accounts;

public sealed class UserInput
{
    public string? Username { get; set; }

    public string? DisplayName { get; set; }

    public string? Password { get; set; }

    public Role? Role { get; set; }

    public string? UnitId { get; set; }

    public string? LeaderId { get; set; }
}
