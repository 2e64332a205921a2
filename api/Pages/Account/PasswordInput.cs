namespace Responsibility.Api.Pages.Account;

public sealed class PasswordInput
{
    public string? CurrentPassword { get; set; }

    public string? NewPassword { get; set; }

    public string? RepeatPassword { get; set; }
}
