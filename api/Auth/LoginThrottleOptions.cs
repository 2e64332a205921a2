namespace Responsibility.Api.Auth;

/// <summary>The <c>Auth</c> settings of <see cref="LoginBackOff"/>.</summary>
public sealed class LoginThrottleOptions
{
    public const string Section = "Auth";

    /// <summary>Failures one client may make on one account before it has to wait.</summary>
    public int FreeLoginFailures { get; set; } = 3;

    /// <summary>The wait after the first failure past the free ones; each further failure doubles it.</summary>
    public double LoginBackOffSeconds { get; set; } = 2;

    /// <summary>
    /// The longest wait. A client's failures on an account are forgotten this long after its wait has ended, and an
    /// address's failures this long after its first.
    /// </summary>
    public double MaxLoginWaitMinutes { get; set; } = 15;

    /// <summary>
    /// Failures from one client address, across accounts, that block the address for the rest of its window, for the
    /// accounts that have failed from there only.
    /// </summary>
    public int FailedLoginsPerAddress { get; set; } = 100;
}
