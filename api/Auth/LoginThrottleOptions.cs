namespace Responsibility.Api.Auth;

/// <summary>The <c>Auth</c> settings of <see cref="ILoginThrottle"/>.</summary>
public sealed class LoginThrottleOptions
{
    public const string Section = "Auth";

    /// <summary>Failures that lock one account for the rest of the window, even for the right password.</summary>
    public int FailedLoginsPerAccount { get; set; } = 5;

    /// <summary>Failures from one client address, across accounts, that block that address for the rest of the window.</summary>
    public int FailedLoginsPerAddress { get; set; } = 30;

    /// <summary>The window, counted from its first failure.</summary>
    public double LoginLockoutMinutes { get; set; } = 15;
}
